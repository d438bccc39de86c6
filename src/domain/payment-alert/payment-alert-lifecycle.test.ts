import { paymentAlertLifecycle } from './payment-alert-lifecycle';

describe('paymentAlertLifecycle', () => {
  it('refunds through REFUNDING and never dismisses a refund in flight', () => {
    expect(paymentAlertLifecycle.path('OPEN', 'REFUNDED')).toEqual(['REFUNDING', 'REFUNDED']);
    expect(paymentAlertLifecycle.can('OPEN', 'REFUNDED')).toBe(false);
    expect(paymentAlertLifecycle.can('REFUNDING', 'DISMISSED')).toBe(false);
    expect(paymentAlertLifecycle.can('OPEN', 'DISMISSED')).toBe(true);
  });
});
