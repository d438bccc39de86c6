import { z } from 'zod';
import type { FunctionContext } from '../shared/kernel/context';
import type { RefundChannelState } from '../shared/kernel/docs/docs';
import type { FunctionHandler } from '../shared/kernel/handler/define-action';
import { isAlertRefundNo } from '../shared/flows/payment-alerts/alert-refund-no';
import { orderIdOfTradeNo } from '../shared/flows/payments/trade-no';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import { recordAlertRefundNotify } from './record-alert-refund-notify';

const PAY_CALLBACK_SOURCE = 'wx_paycallback';

/**
 * The fields of CloudBase's refund notify (WeChat Pay v2 refund notify, decrypted and camelCased) that the shop
 * relies on. They may arrive flat or inside `reqInfo`; other fields are ignored.
 */
const refundInfoSchema = z.object({
  outRefundNo: z.string().regex(/^[0-9A-Za-z_-]{1,64}$/),
  outTradeNo: z.string().min(1).max(32),
  refundStatus: z.enum(['SUCCESS', 'CHANGE', 'REFUNDCLOSE']),
  refundFee: z.coerce.number().int().min(0),
  refundId: z.string().max(64).optional(),
});

const FINAL: Record<z.infer<typeof refundInfoSchema>['refundStatus'], RefundChannelState> = { SUCCESS: 'SUCCESS', REFUNDCLOSE: 'CLOSED', CHANGE: 'FAILED' };

/**
 * 退款回调: WeChat Pay's refund notify through CloudBase (not callable from the client). A payment alert's refund
 * ('PA…' numbers) is recorded on the alert (record-alert-refund-notify.ts); any other refund must be ours
 * and the amount must match; the RefundDoc's channel state moves to SUCCESS / CLOSED / FAILED once (a repeat is a
 * no-op). CHANGE (退款异常) and CLOSED leave the ledger as it is — the refund was recorded — and are logged for
 * staff to settle by hand in 商户平台.
 */
export const refundCallbackHandler: FunctionHandler = async (event: unknown, ctx: FunctionContext) => {
  if (ctx.source !== PAY_CALLBACK_SOURCE) {
    ctx.log.error('refund notify from a wrong source', { source: ctx.source, requestId: ctx.requestId });
    return { errcode: 403, errmsg: 'FORBIDDEN_SOURCE' };
  }
  const raw = (event ?? {}) as { reqInfo?: unknown };
  const parsed = refundInfoSchema.safeParse(typeof raw.reqInfo === 'object' && raw.reqInfo ? raw.reqInfo : event);
  if (!parsed.success) return { errcode: 400, errmsg: 'INVALID_NOTIFY' };
  const info = parsed.data;
  // A payment alert's refund (staff gave back money the shop could not take): recorded on the alert instead.
  if (isAlertRefundNo(info.outRefundNo)) return recordAlertRefundNotify(ctx, info, FINAL[info.refundStatus]);
  const refund = await ctx.store.get(COLLECTIONS.refunds, info.outRefundNo);
  if (!refund || refund.orderId !== orderIdOfTradeNo(info.outTradeNo)) {
    ctx.log.error('refund notify for an unknown refund', { outRefundNo: info.outRefundNo, requestId: ctx.requestId });
    return { errcode: 404, errmsg: 'REFUND_NOT_FOUND' };
  }
  if (info.refundFee !== refund.fen) {
    ctx.log.error('refund notify amount mismatch', { refundId: refund._id, expected: refund.fen, notified: info.refundFee, requestId: ctx.requestId });
    return { errcode: 409, errmsg: 'AMOUNT_MISMATCH' };
  }
  const state = FINAL[info.refundStatus];
  const before = refund.channelState ?? null;
  if (before === 'SUCCESS' || before === 'CLOSED' || before === state) return { errcode: 0, errmsg: 'ALREADY_RECORDED' };
  const applied = await ctx.store.update(COLLECTIONS.refunds, refund._id, { channelState: before }, {
    channelState: state,
    channelRef: info.refundId ?? refund.channelRef ?? null,
    channelReason: state === 'SUCCESS' ? null : `微信退款状态 ${info.refundStatus}，请在商户平台处理`,
    channelAt: ctx.now.toISOString(),
  });
  // Lost a race with another write: not acknowledged, so WeChat sends the notify again and it is re-checked.
  if (!applied) return { errcode: 500, errmsg: 'BUSY' };
  if (state !== 'SUCCESS') ctx.log.error('refund did not complete', { refundId: refund._id, status: info.refundStatus, requestId: ctx.requestId });
  return { errcode: 0, errmsg: state };
};
