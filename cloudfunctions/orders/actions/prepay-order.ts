import { failWith } from '../../../src/domain/shared/domain-error';
import { ordersApi } from '../../../src/contracts/api/orders';
import { ORDERS_ERRORS, type PrepayView } from '../../../src/contracts/orders';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadOwnOrder } from '../load-own-order';

/**
 * The buyer asks to pay one of their own unpaid orders: WeChat Pay's prepay (cloudPay.unifiedOrder for the order's
 * stored total, never a client amount) or, locally, the simulated pay page. Asking again is harmless: WeChat
 * answers the same out_trade_no with the same prepay while it is open.
 */
export const prepayOrder = defineAction(ordersApi.actions.prepayOrder, async (ctx, input): Promise<PrepayView> => {
  const order = await loadOwnOrder(ctx, input.orderId);
  if (order.status !== 'PENDING_PAY') throw failWith(ORDERS_ERRORS.INVALID_TRANSITION);
  if (order.payDeadline <= ctx.now.toISOString()) throw failWith(ORDERS_ERRORS.PAY_EXPIRED);
  const title = order.lines[0]?.title ?? '商品';
  const body = order.lines.length > 1 ? `${title} 等${order.lines.length}件商品` : title;
  try {
    const prepay = await ctx.platform.unifiedOrder({ outTradeNo: order._id, totalFen: order.totalFen, body, openid: ctx.openid });
    return prepay.kind === 'simulated' ? { kind: 'simulated' } : { kind: 'wechat', payment: prepay.payment as Extract<PrepayView, { kind: 'wechat' }>['payment'] };
  } catch (error) {
    ctx.log.error('prepay failed', { orderId: order._id, requestId: ctx.requestId, error: error instanceof Error ? error.message : String(error) });
    throw failWith(ORDERS_ERRORS.PAY_UNAVAILABLE);
  }
});
