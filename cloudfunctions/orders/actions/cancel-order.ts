import { ordersInputs } from '../../../src/contracts/orders-inputs';
import { assertOrderTransition } from '../../../src/domain/order/order-lifecycle';
import { defineAction } from '../../shared/handler/define-action';
import { cancelUnpaidOrder } from '../../shared/orders/cancel-unpaid-order';
import { loadOwnOrder } from '../load-own-order';
import { toOrderView } from '../../shared/orders/to-order-view';

/** The buyer cancels an unpaid order; its stock goes back. Cancelling twice is a no-op. */
export const cancelOrder = defineAction(ordersInputs.cancelOrder, async (ctx, input) => {
  const order = await loadOwnOrder(ctx, input.orderId);
  if (order.status === 'CANCELLED') return toOrderView(order);
  assertOrderTransition(order.status, 'CANCELLED');
  return toOrderView(await cancelUnpaidOrder(ctx.store, order._id, ctx.now.toISOString()));
});
