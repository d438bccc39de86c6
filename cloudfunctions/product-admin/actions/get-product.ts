import type { AdminProductView } from '../../../src/contracts/product-admin';
import { productAdminInputs } from '../../../src/contracts/product-admin-inputs';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadProduct } from '../load-product';
import { toAdminProductView } from '../to-admin-product-view';

/** One product with every SKU, on shelf or not. */
export const getProduct = defineAction(productAdminInputs.getProduct, async (ctx, input): Promise<AdminProductView> => {
  await requirePermission(ctx, 'products');
  return toAdminProductView(ctx.store, await loadProduct(ctx.store, input.productId));
});
