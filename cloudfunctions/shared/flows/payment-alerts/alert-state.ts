import type { PaymentAlertState } from '../../../../src/contracts/finance';
import { paymentAlertLifecycle } from '../../../../src/domain/payment-alert/payment-alert-lifecycle';
import type { PaymentAlertDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { StatusMove } from '../../kernel/store/move-status';

/** An alert without a state is OPEN: apply-payment raises it without one (a single insert on the alert path). */
export function alertState(alert: Pick<PaymentAlertDoc, 'state'>): PaymentAlertState {
  return alert.state ?? 'OPEN';
}

/** A move of an alert's `state` for moveStatus (none when `to` is omitted), guarded by the state as stored (none while OPEN). */
export function alertMove(alert: Pick<PaymentAlertDoc, '_id' | 'state'>, to: PaymentAlertState | undefined): StatusMove<PaymentAlertState> {
  return { collection: COLLECTIONS.paymentAlerts, id: alert._id, lifecycle: paymentAlertLifecycle, field: 'state', from: alertState(alert), storedFrom: alert.state ?? null, to };
}
