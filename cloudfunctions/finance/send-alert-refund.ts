import type { UserContext } from '../shared/kernel/context';
import type { PaymentAlertDoc } from '../shared/kernel/docs/docs';
import { writeAudit } from '../shared/flows/auth/write-audit';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import { moveStatus } from '../shared/kernel/store/move-status';
import { alertMove } from '../shared/flows/payment-alerts/alert-state';

/**
 * The money side of an alert's refund, once the alert is REFUNDING with its refund number: asks WeChat Pay to refund
 * the whole notified amount against the trade number the money came under, outside any transaction, then records the
 * answer — REFUNDED (the channel accepted it; the refund notify later says when money moved), or still REFUNDING with
 * the reason. A call that throws is recorded the same way: whether money moved is unknown, so the alert must not go
 * back to OPEN; staff retry, which re-sends the SAME number, and WeChat answers a repeated number with the first
 * refund instead of refunding twice.
 */
export async function sendAlertRefund(ctx: UserContext, alert: PaymentAlertDoc): Promise<PaymentAlertDoc> {
  const refundNo = alert.refundNo;
  if (alert.state !== 'REFUNDING' || !refundNo) throw new Error(`payment alert ${alert._id} is not REFUNDING with a refund number`);
  let patch: Partial<PaymentAlertDoc>;
  const nowIso = ctx.now.toISOString();
  try {
    const result = await ctx.platform.refund({ outRefundNo: refundNo, outTradeNo: alert.outTradeNo ?? alert.orderId, totalFen: alert.notifiedFen, refundFen: alert.notifiedFen });
    patch = result.ok
      ? { state: 'REFUNDED', refundedAt: nowIso, channelState: result.state, channelRef: result.refundRef, channelAt: nowIso, failureReason: null }
      : { failureReason: result.reason.slice(0, 200) };
  } catch (error) {
    patch = { failureReason: (error instanceof Error ? error.message : String(error)).slice(0, 200) };
  }
  if (patch.state !== 'REFUNDED') ctx.log.error('payment alert refund failed', { alertId: alert._id, refundNo, reason: patch.failureReason, requestId: ctx.requestId });
  return ctx.store.runTransaction(async (tx) => {
    const current = await tx.get(COLLECTIONS.paymentAlerts, alert._id);
    // The refund notify (or a concurrent retry) recorded the outcome meanwhile: never overwrite it.
    if (!current || current.state !== 'REFUNDING' || current.refundNo !== refundNo) return current ?? alert;
    const { state: to, ...rest } = patch;
    if (!(await moveStatus(tx, { ...alertMove(current, to ?? undefined), expected: { refundNo }, patch: rest }))) return current;
    const next: PaymentAlertDoc = { ...current, ...patch };
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'sendPaymentAlertRefund', target: alert._id, before: current, after: next });
    return next;
  });
}
