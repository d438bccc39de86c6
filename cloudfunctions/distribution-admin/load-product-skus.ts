import { DISTRIBUTION_ADMIN_ERRORS } from '../../src/contracts/distribution-admin';
import { failWith } from '../../src/domain/shared/domain-error';
import type { SkuDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { Store } from '../shared/kernel/store/store';

/** The product's SKUs in id order (a product has at most 20 through saveProduct; 50 is the read's ceiling). */
export async function loadProductSkus(store: Store, productId: string): Promise<SkuDoc[]> {
  if (!(await store.get(COLLECTIONS.products, productId))) throw failWith(DISTRIBUTION_ADMIN_ERRORS.PRODUCT_NOT_FOUND);
  return store.find(COLLECTIONS.skus, { productId }, { limit: 50, orderBy: [{ field: '_id', direction: 'asc' }] });
}
