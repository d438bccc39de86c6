import type { AfterSaleDoc } from '../../kernel/docs/docs';
import { lineAfterSale } from '../orders/find-line';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

/**
 * A request that ends without a refund (rejected, cancelled) frees its line: the order's open marker goes, so the
 * commission may settle and the line may take a new request. Only this request's marker is cleared.
 */
export async function clearOpenAfterSale(ops: DocOps, request: Pick<AfterSaleDoc, '_id' | 'orderId' | 'lineId'>): Promise<void> {
  const order = await ops.get(COLLECTIONS.orders, request.orderId);
  if (!order) return;
  const current = lineAfterSale(order, request.lineId);
  if (current.open?.afterSaleId !== request._id) return;
  const afterSale = { ...(order.afterSale ?? {}), [request.lineId]: { ...current, open: null } };
  await ops.update(COLLECTIONS.orders, order._id, { status: order.status }, { afterSale });
}
