import { distributionAdminApi } from '../../../src/contracts/api/distribution-admin';
import type { ProductCommissionView } from '../../../src/contracts/distribution-admin';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getDistributionPolicy } from '../../shared/flows/merchant/get-distribution-policy';
import { loadProductSkus } from '../load-product-skus';
import { toProductCommissionView } from '../product-commission-view';

/** One product's commission settings (distribution on / off, each SKU's own rates) from the current policy. */
export const getProductCommission = defineAction(distributionAdminApi.actions.getProductCommission, async (ctx, input): Promise<ProductCommissionView> => {
  const skus = await loadProductSkus(ctx.store, input.productId);
  return toProductCommissionView(await getDistributionPolicy(ctx.store), input.productId, skus);
});
