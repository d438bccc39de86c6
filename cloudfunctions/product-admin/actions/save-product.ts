import { productAdminApi } from '../../../src/contracts/api/product-admin';
import type { AdminProductView } from '../../../src/contracts/product-admin';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { saveProductWithSkus } from '../save-product-with-skus';
import { toAdminProductView } from '../to-admin-product-view';

/** Creates or edits one product with its SKUs (see saveProductWithSkus). */
export const saveProduct = defineAction(productAdminApi.actions.saveProduct, async (ctx, input): Promise<AdminProductView> => {
  return toAdminProductView(ctx.store, await saveProductWithSkus(ctx, input));
});
