import { failWith } from '../../../src/domain/shared/domain-error';
import { activitiesApi } from '../../../src/contracts/api/activities';
import { ACTIVITY_ERRORS } from '../../../src/contracts/activities';
import { ORDERS_ERRORS, type PrepayView } from '../../../src/contracts/orders';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { recordFriendPayer } from '../../shared/flows/activities/record-friend-payer';
import { friendTradeNo } from '../../shared/flows/payments/trade-no';
import { ensureUser } from '../../shared/flows/users/ensure-user';
import { loadPayRequest } from '../load-pay-request';

/**
 * A friend pays someone's order: the prepay is made for the caller (the payer's openid), for the order's stored
 * total; the order stays the buyer's, so its commission follows the buyer's chain at payment, never the payer's.
 * WeChat binds an out_trade_no to the openid that first prepaid it, so a friend pays under their own number
 * (trade-no.ts), recorded on the request first; the buyer opening their own request pays under the order id.
 */
export const payForFriend = defineAction(activitiesApi.actions.payForFriend, async (ctx, input): Promise<PrepayView> => {
  await ensureUser(ctx);
  const { request, order } = await loadPayRequest(ctx.store, input.payRequestId);
  if (order.status !== 'PENDING_PAY' || order.payDeadline <= ctx.now.toISOString()) throw failWith(ACTIVITY_ERRORS.PAY_REQUEST_CLOSED);
  const outTradeNo = ctx.openid === order.buyerId ? order._id : friendTradeNo(order._id, ctx.openid);
  await recordFriendPayer(ctx.store, request, ctx.openid, outTradeNo === order._id ? null : outTradeNo);
  const title = order.lines[0]?.title ?? '商品';
  try {
    const prepay = await ctx.platform.unifiedOrder({ outTradeNo, totalFen: order.totalFen, body: `代付：${title}`, openid: ctx.openid });
    return prepay.kind === 'simulated' ? { kind: 'simulated', outTradeNo } : { kind: 'wechat', payment: prepay.payment as Extract<PrepayView, { kind: 'wechat' }>['payment'] };
  } catch (error) {
    ctx.log.error('friend prepay failed', { orderId: order._id, requestId: ctx.requestId, error: error instanceof Error ? error.message : String(error) });
    throw failWith(ORDERS_ERRORS.PAY_UNAVAILABLE);
  }
});
