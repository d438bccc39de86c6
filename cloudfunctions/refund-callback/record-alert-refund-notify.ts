import type { FunctionContext } from '../shared/kernel/context';
import type { PaymentAlertDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import { moveStatus } from '../shared/kernel/store/move-status';
import { alertMove } from '../shared/flows/payment-alerts/alert-state';

type AlertChannelState = NonNullable<PaymentAlertDoc['channelState']>;

/**
 * The refund notify for a payment alert's refund (its number starts 'PA', alert-refund-no.ts): the alert is found by
 * its indexed refund number, must name the trade number the money came under and the whole notified amount. The
 * channel result is recorded once (a repeat is a no-op) and a REFUNDING alert — the notify overtook the recording of
 * the call's answer — becomes REFUNDED. CLOSED / FAILED (退款关闭 / 退款异常) keep the reason for staff to settle in 商户平台.
 */
export async function recordAlertRefundNotify(
  ctx: FunctionContext,
  info: { outRefundNo: string; outTradeNo: string; refundFee: number; refundStatus: string; refundId?: string | undefined },
  state: AlertChannelState,
): Promise<{ errcode: number; errmsg: string }> {
  const [alert] = await ctx.store.find(COLLECTIONS.paymentAlerts, { refundNo: info.outRefundNo }, { limit: 1 });
  if (!alert || (alert.outTradeNo ?? alert.orderId) !== info.outTradeNo) {
    ctx.log.error('refund notify for an unknown alert refund', { outRefundNo: info.outRefundNo, requestId: ctx.requestId });
    return { errcode: 404, errmsg: 'REFUND_NOT_FOUND' };
  }
  if (info.refundFee !== alert.notifiedFen) {
    ctx.log.error('alert refund notify amount mismatch', { alertId: alert._id, expected: alert.notifiedFen, notified: info.refundFee, requestId: ctx.requestId });
    return { errcode: 409, errmsg: 'AMOUNT_MISMATCH' };
  }
  const before = alert.channelState ?? null;
  if (before === 'SUCCESS' || before === 'CLOSED' || before === state) return { errcode: 0, errmsg: 'ALREADY_RECORDED' };
  const nowIso = ctx.now.toISOString();
  const refunding = alert.state === 'REFUNDING';
  const applied = await moveStatus(ctx.store, {
    ...alertMove(alert, refunding ? 'REFUNDED' : undefined),
    expected: { channelState: before },
    patch: {
      ...(refunding ? { refundedAt: nowIso, failureReason: null } : {}),
      channelState: state,
      channelRef: info.refundId ?? alert.channelRef ?? null,
      channelReason: state === 'SUCCESS' ? null : `微信退款状态 ${info.refundStatus}，请在商户平台处理`,
      channelAt: nowIso,
    },
  });
  // Lost a race with another write: not acknowledged, so WeChat sends the notify again and it is re-checked.
  if (!applied) return { errcode: 500, errmsg: 'BUSY' };
  if (state !== 'SUCCESS') ctx.log.error('alert refund did not complete', { alertId: alert._id, status: info.refundStatus, requestId: ctx.requestId });
  return { errcode: 0, errmsg: state };
}
