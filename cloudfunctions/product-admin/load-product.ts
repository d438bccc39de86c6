import { PRODUCT_ADMIN_ERRORS } from '../../src/contracts/product-admin';
import { failWith } from '../../src/domain/shared/domain-error';
import type { ProductDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { DocOps } from '../shared/kernel/store/store';

export async function loadProduct(ops: DocOps, productId: string): Promise<ProductDoc> {
  const product = await ops.get(COLLECTIONS.products, productId);
  if (!product) throw failWith(PRODUCT_ADMIN_ERRORS.NOT_FOUND);
  return product;
}
