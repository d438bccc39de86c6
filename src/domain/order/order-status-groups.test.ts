import { ORDER_STATUSES } from './order-status';
import { isNeverPaidOrder, isPaidOrder, isRefundableOrder } from './order-status-groups';

describe('order status groups', () => {
  it('every status is either never paid or refundable, never both', () => {
    for (const s of ORDER_STATUSES) expect([isNeverPaidOrder(s), isRefundableOrder(s)].filter(Boolean)).toHaveLength(1);
  });
  it('a closed order may still be refunded but is no longer a paid order that goes on', () => {
    expect(isRefundableOrder('CLOSED')).toBe(true);
    expect(isPaidOrder('CLOSED')).toBe(false);
    expect(isPaidOrder('COMPLETED')).toBe(true);
    expect(isRefundableOrder('CANCELLED')).toBe(false);
    expect(isNeverPaidOrder('PENDING_PAY')).toBe(true);
  });
});
