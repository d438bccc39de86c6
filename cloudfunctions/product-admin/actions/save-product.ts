import type { AdminProductView } from '../../../src/contracts/product-admin';
import { productAdminInputs } from '../../../src/contracts/product-admin-inputs';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { saveProductWithSkus } from '../save-product-with-skus';
import { toAdminProductView } from '../to-admin-product-view';

/** Creates or edits one product with its SKUs (see saveProductWithSkus). */
export const saveProduct = defineAction(productAdminInputs.saveProduct, async (ctx, input): Promise<AdminProductView> => {
  await requirePermission(ctx, 'products');
  return toAdminProductView(ctx.store, await saveProductWithSkus(ctx, input));
});
