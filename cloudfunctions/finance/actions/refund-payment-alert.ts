import { financeApi } from '../../../src/contracts/api/finance';
import { PAYMENT_ALERT_ERRORS, type PaymentAlertView } from '../../../src/contracts/finance';
import { failWith } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import type { PaymentAlertDoc } from '../../shared/kernel/docs/docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { alertRefundNo } from '../../shared/flows/payment-alerts/alert-refund-no';
import { loadPaymentAlert } from '../load-payment-alert';
import { sendAlertRefund } from '../send-alert-refund';
import { toPaymentAlertView } from '../to-payment-alert-view';
import { moveStatus } from '../../shared/kernel/store/move-status';
import { alertMove } from '../../shared/flows/payment-alerts/alert-state';

/**
 * 退款: gives the whole notified amount back. First OPEN → REFUNDING by compare-and-set, fixing the refund number
 * (derived from the alert id) and auditing who asked; then the channel call (sendAlertRefund). On a REFUNDING alert —
 * a call that failed, or a request that died between the two steps — it re-sends the same number: it resumes, never
 * refunds twice. REFUNDED and DISMISSED alerts are refused.
 */
export const refundPaymentAlert = defineAction(financeApi.actions.refundPaymentAlert, async (ctx, input): Promise<PaymentAlertView> => {
  const nowIso = ctx.now.toISOString();
  const refunding = await ctx.store.runTransaction(async (tx) => {
    const current = await loadPaymentAlert(tx, input.alertId);
    if (current.state === 'REFUNDING') return current;
    if (current.state === 'REFUNDED') throw failWith(PAYMENT_ALERT_ERRORS.ALREADY_REFUNDED, '这笔款项已经退回，无需再次退款');
    if (current.state === 'DISMISSED') throw failWith(PAYMENT_ALERT_ERRORS.ALREADY_DISMISSED, '该支付异常已标记为已处理，不能再退款');
    const patch = { refundNo: alertRefundNo(current._id), refundRequestedBy: ctx.openid, refundRequestedAt: nowIso, failureReason: null };
    if (!(await moveStatus(tx, { ...alertMove(current, 'REFUNDING'), patch }))) throw failWith(PAYMENT_ALERT_ERRORS.BUSY);
    const next: PaymentAlertDoc = { ...current, ...patch, state: 'REFUNDING' };
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'refundPaymentAlert', target: current._id, before: current, after: next });
    return next;
  });
  return toPaymentAlertView(await sendAlertRefund(ctx, refunding));
});
