import { productAdminApi } from '../../../src/contracts/api/product-admin';
import type { AdminProductView } from '../../../src/contracts/product-admin';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadProduct } from '../load-product';
import { toAdminProductView } from '../to-admin-product-view';

/** One product with every SKU, on shelf or not. */
export const getProduct = defineAction(productAdminApi.actions.getProduct, async (ctx, input): Promise<AdminProductView> => {
  return toAdminProductView(ctx.store, await loadProduct(ctx.store, input.productId));
});
