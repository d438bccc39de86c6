import { ORDERS_ERRORS } from '../../../src/contracts/orders';
import { ordersInputs } from '../../../src/contracts/orders-inputs';
import { assertOrderTransition } from '../../../src/domain/order/order-lifecycle';
import { DomainError } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/handler/define-action';
import { COLLECTIONS } from '../../shared/store/collections';
import type { OrderDoc, SkuDoc } from '../../shared/docs';
import { loadOwnOrder } from '../load-own-order';
import { toOrderView } from '../../shared/orders/to-order-view';

/** The buyer cancels an unpaid order; its stock goes back. Cancelling twice is a no-op. */
export const cancelOrder = defineAction(ordersInputs.cancelOrder, async (ctx, input) => {
  const order = await loadOwnOrder(ctx, input.orderId);
  if (order.status === 'CANCELLED') return toOrderView(order);
  assertOrderTransition(order.status, 'CANCELLED');
  const cancelled = await ctx.store.runTransaction(async (tx) => {
    const current = await tx.get<OrderDoc>(COLLECTIONS.orders, order._id);
    if (!current) throw new DomainError(ORDERS_ERRORS.NOT_FOUND, '订单不存在');
    if (current.status === 'CANCELLED') return current;
    assertOrderTransition(current.status, 'CANCELLED');
    const next: OrderDoc = { ...current, status: 'CANCELLED', cancelledAt: ctx.now.toISOString() };
    const changed = await tx.update(COLLECTIONS.orders, current._id, { status: 'PENDING_PAY' }, { status: next.status, cancelledAt: next.cancelledAt });
    if (!changed) throw new DomainError(ORDERS_ERRORS.BUSY, '订单状态已变化，请刷新');
    for (const line of current.lines) {
      const sku = await tx.get<SkuDoc>(COLLECTIONS.skus, line.skuId);
      if (sku) await tx.update(COLLECTIONS.skus, sku._id, { stock: sku.stock }, { stock: sku.stock + line.quantity });
    }
    return next;
  });
  return toOrderView(cancelled);
});
