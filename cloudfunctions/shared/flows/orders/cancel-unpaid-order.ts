import { failWith } from '../../../../src/domain/shared/domain-error';
import { ORDERS_ERRORS } from '../../../../src/contracts/orders';
import { assertOrderTransition } from '../../../../src/domain/order/order-lifecycle';
import { releaseActivityHold } from '../activities/release-activity-hold';
import type { OrderDoc, SkuDoc } from '../../kernel/docs/docs';
import { releaseOrderPromotions } from '../marketing/order-promotions';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';

/**
 * PENDING_PAY → CANCELLED with every line's stock, its coupon and its points returned, in one transaction
 * (compare-and-set on the status, so a payment landing at the same moment wins or loses cleanly). Cancelling a
 * cancelled order returns it unchanged.
 */
export async function cancelUnpaidOrder(store: Store, orderId: string, nowIso: string): Promise<OrderDoc> {
  return store.runTransaction(async (tx) => {
    const current = await tx.get<OrderDoc>(COLLECTIONS.orders, orderId);
    if (!current) throw failWith(ORDERS_ERRORS.NOT_FOUND);
    if (current.status === 'CANCELLED') return current;
    assertOrderTransition(current.status, 'CANCELLED');
    const next: OrderDoc = { ...current, status: 'CANCELLED', cancelledAt: nowIso };
    const changed = await tx.update(COLLECTIONS.orders, current._id, { status: 'PENDING_PAY' }, { status: next.status, cancelledAt: next.cancelledAt });
    if (!changed) throw failWith(ORDERS_ERRORS.BUSY, '订单状态已变化，请刷新');
    await releaseActivityHold(tx, current);
    for (const line of current.lines) {
      const sku = await tx.get<SkuDoc>(COLLECTIONS.skus, line.skuId);
      if (sku) await tx.update(COLLECTIONS.skus, sku._id, { stock: sku.stock }, { stock: sku.stock + line.quantity });
    }
    await releaseOrderPromotions(tx, current, nowIso);
    return next;
  });
}
