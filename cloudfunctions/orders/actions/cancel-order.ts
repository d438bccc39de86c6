import { ordersApi } from '../../../src/contracts/api/orders';
import { assertOrderTransition } from '../../../src/domain/order/order-lifecycle';
import { friendTradeNosOf } from '../../shared/flows/activities/friend-trade-nos-of';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { closeThenCancel } from '../../shared/flows/orders/close-then-cancel';
import { loadOwnOrder } from '../load-own-order';
import { toOrderView } from '../../shared/flows/orders/to-order-view';

/**
 * The buyer cancels an unpaid order; its stock goes back — after WeChat Pay closed the prepay and every friend's
 * number (closeThenCancel), so a payment still in flight cannot land on it. Cancelling twice is a no-op.
 */
export const cancelOrder = defineAction(ordersApi.actions.cancelOrder, async (ctx, input) => {
  const order = await loadOwnOrder(ctx, input.orderId);
  if (order.status === 'CANCELLED') return toOrderView(order);
  assertOrderTransition(order.status, 'CANCELLED');
  const friendNos = (await friendTradeNosOf(ctx.store, [order._id])).get(order._id) ?? [];
  return toOrderView(await closeThenCancel(ctx, order, friendNos));
});
