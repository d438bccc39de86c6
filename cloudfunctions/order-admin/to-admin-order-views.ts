import type { AdminOrderView } from '../../src/contracts/orders';
import type { OrderDoc } from '../shared/kernel/docs/docs';
import { toOrderView } from '../shared/flows/orders/to-order-view';
import type { Store } from '../shared/kernel/store/store';
import { nicknamesOf } from '../shared/flows/users/nicknames-of';

/** Staff views of a page of orders, with the buyers' nicknames read in one query. */
export async function toAdminOrderViews(store: Store, docs: readonly OrderDoc[]): Promise<AdminOrderView[]> {
  const names = await nicknamesOf(store, docs.map((o) => o.buyerId));
  return docs.map((o) => ({
    ...toOrderView(o),
    buyerId: o.buyerId,
    buyerName: names.get(o.buyerId) ?? '',
    afterSaleRequests: Object.fromEntries(Object.entries(o.afterSale ?? {}).map(([lineId, a]) => [lineId, a.open])),
  }));
}
