import { financeApi } from '../../../src/contracts/api/finance';
import { PAYMENT_ALERT_ERRORS, type PaymentAlertView } from '../../../src/contracts/finance';
import { failWith } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import type { PaymentAlertDoc } from '../../shared/kernel/docs/docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadPaymentAlert } from '../load-payment-alert';
import { toPaymentAlertView } from '../to-payment-alert-view';
import { moveStatus } from '../../shared/kernel/store/move-status';
import { alertMove } from '../../shared/flows/payment-alerts/alert-state';

/**
 * 标记已处理: staff settled the money elsewhere (e.g. refunded it in 商户平台); OPEN → DISMISSED with their note.
 * A started refund must finish instead (the money may already be on its way back).
 */
export const dismissPaymentAlert = defineAction(financeApi.actions.dismissPaymentAlert, async (ctx, input): Promise<PaymentAlertView> => {
  const nowIso = ctx.now.toISOString();
  const dismissed = await ctx.store.runTransaction(async (tx) => {
    const current = await loadPaymentAlert(tx, input.alertId);
    if (current.state === 'DISMISSED') throw failWith(PAYMENT_ALERT_ERRORS.ALREADY_DISMISSED);
    if (current.state === 'REFUNDED') throw failWith(PAYMENT_ALERT_ERRORS.ALREADY_REFUNDED);
    if (current.state === 'REFUNDING') throw failWith(PAYMENT_ALERT_ERRORS.REFUND_IN_PROGRESS);
    const patch = { dismissedBy: ctx.openid, dismissedAt: nowIso, dismissNote: input.note };
    if (!(await moveStatus(tx, { ...alertMove(current, 'DISMISSED'), patch }))) throw failWith(PAYMENT_ALERT_ERRORS.BUSY);
    const next: PaymentAlertDoc = { ...current, ...patch, state: 'DISMISSED' };
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'dismissPaymentAlert', target: current._id, before: current, after: next });
    return next;
  });
  return toPaymentAlertView(dismissed);
});
