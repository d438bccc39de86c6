import { failWith } from '../../../src/domain/shared/domain-error';
import { ordersApi } from '../../../src/contracts/api/orders';
import { ORDERS_ERRORS } from '../../../src/contracts/orders';
import { extendAutoReceiveAtMs } from '../../../src/domain/order/auto-receipt';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toOrderView } from '../../shared/flows/orders/to-order-view';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { OrderDoc } from '../../shared/kernel/docs/docs';
import { loadOwnOrder } from '../load-own-order';

/**
 * 延长收货: the buyer pushes the automatic receipt back by 3 days, once (the goods are late). Compare-and-set on the
 * status and the deadline it read, so it never races the timer receiving the order.
 */
export const extendReceipt = defineAction(ordersApi.actions.extendReceipt, async (ctx, input) => {
  const order = await loadOwnOrder(ctx, input.orderId);
  const autoReceiveAt = order.autoReceiveAt ?? null;
  if (order.status !== 'SHIPPED' || !autoReceiveAt) throw failWith(ORDERS_ERRORS.INVALID_TRANSITION, '只有已发货的订单可以延长收货');
  const next = new Date(extendAutoReceiveAtMs({ status: order.status, autoReceiveAt, receiptExtendedAt: order.receiptExtendedAt ?? null })).toISOString();
  const patch = { autoReceiveAt: next, receiptExtendedAt: ctx.now.toISOString() };
  const changed = await ctx.store.update(COLLECTIONS.orders, order._id, { status: 'SHIPPED', autoReceiveAt, receiptExtendedAt: null }, patch);
  if (!changed) throw failWith(ORDERS_ERRORS.BUSY, '订单状态已变化，请刷新');
  return toOrderView({ ...order, ...patch } satisfies OrderDoc);
});
