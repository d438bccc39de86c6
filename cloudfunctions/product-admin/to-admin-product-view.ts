import type { AdminProductView } from '../../src/contracts/product-admin';
import type { ProductDoc } from '../shared/kernel/docs/docs';
import { toSkuView } from '../shared/flows/catalog/to-sku-view';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { Store } from '../shared/kernel/store/store';

/** A product has at most 20 SKUs (saveProduct's limit); seeded ones fewer. */
const MAX_SKUS = 50;

export async function toAdminProductViews(store: Store, products: readonly ProductDoc[]): Promise<AdminProductView[]> {
  const ids = products.map((p) => p._id);
  const skus = ids.length ? await store.find(COLLECTIONS.skus, { productId: { $in: ids } }, { limit: Math.min(1000, ids.length * MAX_SKUS), orderBy: [{ field: '_id', direction: 'asc' }] }) : [];
  return products.map((p) => ({
    id: p._id,
    title: p.title,
    subtitle: p.subtitle,
    categoryId: p.categoryId,
    description: p.description,
    images: p.images,
    onShelf: p.onShelf,
    minPriceFen: p.minPriceFen,
    shareMaterial: p.shareMaterial ?? null,
    keywords: p.keywords ?? [],
    skus: skus.filter((s) => s.productId === p._id).map((s) => toSkuView(s)),
  }));
}

export async function toAdminProductView(store: Store, product: ProductDoc): Promise<AdminProductView> {
  const [view] = await toAdminProductViews(store, [product]);
  if (!view) throw new Error('toAdminProductViews lost the product');
  return view;
}
