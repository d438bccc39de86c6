import { calculateLineCommission } from '../../src/domain/commission/calculate-line-commission';
import type { DistributionPolicy } from '../../src/domain/distribution/distribution-policy';
import { earnsCommission } from '../../src/domain/distribution/distributor-lifecycle';
import type { LevelBeneficiary } from '../../src/domain/distribution/resolve-beneficiaries';
import { toFen, type Fen } from '../../src/domain/money/fen';
import type { DistributorDoc, SkuDoc } from '../shared/kernel/docs/docs';

/**
 * "分享赚": what the distributor would earn at level 1 if a friend bought one unit of this SKU — computed by the same
 * rule payment uses (their grade rate, product and SKU overrides), so the promise matches the ledger.
 */
export function shareEarnPreview(policy: DistributionPolicy, distributor: DistributorDoc | null, sku: SkuDoc | undefined): Fen | null {
  if (!distributor || !sku || !earnsCommission(distributor.status)) return null;
  const beneficiaries: LevelBeneficiary[] = Array.from({ length: policy.levels }, (_, i) =>
    i === 0 ? { level: 1, beneficiaryId: distributor._id } : { level: i + 1, skipped: 'NO_ANCESTOR', candidateId: null },
  );
  const { entries } = calculateLineCommission({
    line: { lineId: 'preview', productId: sku.productId, skuId: sku._id, quantity: 1, paidFen: sku.priceFen },
    beneficiaries,
    policy,
    gradeOf: { [distributor._id]: distributor.gradeId ?? null },
  });
  return entries[0]?.amountFen ?? toFen(0);
}
