import type { ProductCommissionView } from '../../src/contracts/distribution-admin';
import type { DistributionPolicy } from '../../src/domain/distribution/distribution-policy';
import { productCommissionSlice } from '../../src/domain/distribution/with-product-commission';
import type { SkuDoc } from '../shared/kernel/docs/docs';

export function toProductCommissionView(policy: DistributionPolicy, productId: string, skus: readonly SkuDoc[]): ProductCommissionView {
  const slice = productCommissionSlice(policy.productOverrides, productId, skus.map((s) => s._id));
  const excluded = slice.product?.kind === 'NONE';
  return {
    productId,
    policyVersion: policy.version,
    levels: policy.levels,
    policyRatesBps: policy.ratesBps,
    distribution: !excluded,
    productOverride: excluded ? null : slice.product,
    skus: skus.map((s) => ({ skuId: s._id, specs: s.specs, override: slice.skus[s._id] ?? null })),
  };
}
