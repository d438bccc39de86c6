import { defineLifecycle } from '../shared/define-lifecycle';
import { PAYMENT_ALERT_ERRORS } from './payment-alert-errors';

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
  error: PAYMENT_ALERT_ERRORS.INVALID_TRANSITION,
});
