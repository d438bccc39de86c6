import type { AdminCategoryView } from '../../src/contracts/product-admin';
import type { CategoryDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { Store } from '../shared/kernel/store/store';

/** One indexed count per category of the page (products by categoryId), on and off shelf. */
export async function toCategoryViews(store: Store, categories: readonly CategoryDoc[]): Promise<AdminCategoryView[]> {
  const counts = await Promise.all(categories.map((c) => store.count(COLLECTIONS.products, { categoryId: c._id })));
  return categories.map((c, i) => ({ id: c._id, name: c.name, sort: c.sort, productCount: counts[i] ?? 0 }));
}
