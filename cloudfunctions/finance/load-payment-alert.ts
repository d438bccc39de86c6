import { PAYMENT_ALERT_ERRORS } from '../../src/contracts/finance';
import { failWith } from '../../src/domain/shared/domain-error';
import type { PaymentAlertDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { DocOps } from '../shared/kernel/store/store';

export async function loadPaymentAlert(ops: DocOps, alertId: string): Promise<PaymentAlertDoc> {
  const alert = await ops.get(COLLECTIONS.paymentAlerts, alertId);
  if (!alert) throw failWith(PAYMENT_ALERT_ERRORS.NOT_FOUND);
  return alert;
}
