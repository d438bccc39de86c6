import { defineLifecycle } from '../shared/define-lifecycle';

/**
 * A payment the shop could not apply to an order. OPEN until staff refund it (REFUNDING, then REFUNDED when the
 * channel confirms) or mark it handled (DISMISSED). A refund in flight cannot be dismissed: it is retried instead.
 */
export type PaymentAlertState = 'OPEN' | 'REFUNDING' | 'REFUNDED' | 'DISMISSED';

/** The single payment-alert lifecycle. */
export const paymentAlertLifecycle = defineLifecycle<PaymentAlertState>({
  transitions: {
    OPEN: ['REFUNDING', 'DISMISSED'],
    REFUNDING: ['REFUNDED'],
    REFUNDED: [],
    DISMISSED: [],
  },
  initial: ['OPEN'],
  terminal: ['REFUNDED', 'DISMISSED'],
  error: { code: 'PAYMENT_ALERT.INVALID_TRANSITION', message: '支付异常状态不允许此操作' },
});
