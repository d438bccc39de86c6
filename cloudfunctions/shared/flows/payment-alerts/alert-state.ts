import type { PaymentAlertState } from '../../../../src/contracts/finance';
import type { PaymentAlertDoc } from '../../kernel/docs/docs';

/** An alert without a state is OPEN: apply-payment raises it without one (a single insert on the alert path). */
export function alertState(alert: Pick<PaymentAlertDoc, 'state'>): PaymentAlertState {
  return alert.state ?? 'OPEN';
}
