import { failWith } from '../../../../src/domain/shared/domain-error';
import { ORDERS_ERRORS } from '../../../../src/contracts/orders';
import { orderLifecycle } from '../../../../src/domain/order/order-lifecycle';
import { releaseActivityHold } from '../activities/release-activity-hold';
import type { OrderDoc } from '../../kernel/docs/docs';
import { releaseOrderPromotions } from '../marketing/order-promotions';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';
import { moveStatus } from '../../kernel/store/move-status';

/**
 * PENDING_PAY → CANCELLED with every line's stock, its coupon and its points returned, in one transaction
 * (compare-and-set on the status, so a payment landing at the same moment wins or loses cleanly). Cancelling a
 * cancelled order returns it unchanged.
 */
export async function cancelUnpaidOrder(store: Store, orderId: string, nowIso: string): Promise<OrderDoc> {
  return store.runTransaction(async (tx) => {
    const current = await tx.get(COLLECTIONS.orders, orderId);
    if (!current) throw failWith(ORDERS_ERRORS.NOT_FOUND, '订单不存在');
    if (current.status === 'CANCELLED') return current;
    const next: OrderDoc = { ...current, status: 'CANCELLED', cancelledAt: nowIso };
    const changed = await moveStatus(tx, { collection: COLLECTIONS.orders, id: current._id, lifecycle: orderLifecycle, from: current.status, to: next.status, patch: { cancelledAt: next.cancelledAt } });
    if (!changed) throw failWith(ORDERS_ERRORS.BUSY, '订单状态已变化，请刷新');
    await releaseActivityHold(tx, current);
    for (const line of current.lines) {
      const sku = await tx.get(COLLECTIONS.skus, line.skuId);
      if (sku) await tx.update(COLLECTIONS.skus, sku._id, { stock: sku.stock }, { stock: sku.stock + line.quantity });
    }
    await releaseOrderPromotions(tx, current, nowIso);
    return next;
  });
}
