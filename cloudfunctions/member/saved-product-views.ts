import type { SavedProductView } from '../../src/contracts/member';
import { toProductCard } from '../shared/flows/catalog/to-product-card';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { Store } from '../shared/kernel/store/store';

/** Favourite and history entries with their products in one read; a product deleted since is left out. */
export async function toSavedProductViews(store: Store, entries: ReadonlyArray<{ productId: string; at: string }>): Promise<SavedProductView[]> {
  const ids = [...new Set(entries.map((e) => e.productId))];
  const products = ids.length ? await store.find(COLLECTIONS.products, { _id: { $in: ids } }, { limit: ids.length }) : [];
  const byId = new Map(products.map((p) => [p._id, p]));
  return entries.flatMap((e) => {
    const p = byId.get(e.productId);
    return p ? [{ product: toProductCard(p), onShelf: p.onShelf, at: e.at }] : [];
  });
}
