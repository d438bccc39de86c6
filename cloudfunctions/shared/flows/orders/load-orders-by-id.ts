import type { OrderDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';

/** The orders a page of entries or skips refers to, in one query (a page is at most 51 rows, so one read suffices). */
export async function loadOrdersById(store: Store, orderIds: readonly string[]): Promise<Map<string, OrderDoc>> {
  const ids = [...new Set(orderIds)];
  if (ids.length === 0) return new Map();
  const orders = await store.find(COLLECTIONS.orders, { _id: { $in: ids } }, { limit: ids.length });
  return new Map(orders.map((o) => [o._id, o]));
}
