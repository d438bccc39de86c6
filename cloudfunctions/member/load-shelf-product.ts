import { CATALOG_ERRORS } from '../../src/contracts/catalog';
import { failWith } from '../../src/domain/shared/domain-error';
import type { ProductDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { Store } from '../shared/kernel/store/store';

/** A product a shopper can see: on the shelf (an off-shelf one answers like a missing one, as getProduct does). */
export async function loadShelfProduct(store: Store, productId: string): Promise<ProductDoc> {
  const product = await store.get(COLLECTIONS.products, productId);
  if (!product || !product.onShelf) throw failWith(CATALOG_ERRORS.PRODUCT_NOT_FOUND);
  return product;
}
