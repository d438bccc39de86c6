import { distributionAdminApi } from '../../../src/contracts/api/distribution-admin';
import { DISTRIBUTION_ADMIN_ERRORS, type ProductCommissionView } from '../../../src/contracts/distribution-admin';
import { assertPolicyCompliant } from '../../../src/domain/compliance/assert-policy-compliant';
import { DEFAULT_DISTRIBUTION_POLICY } from '../../../src/domain/distribution/distribution-policy';
import { productCommissionSlice, withProductCommission } from '../../../src/domain/distribution/with-product-commission';
import type { Bps } from '../../../src/domain/money/fen';
import { failWith } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { POLICY_DOC_ID } from '../../shared/flows/merchant/get-distribution-policy';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { loadProductSkus } from '../load-product-skus';
import { toProductCommissionView } from '../product-commission-view';

const stale = () => failWith(DISTRIBUTION_ADMIN_ERRORS.STALE_VERSION);

/**
 * The product editor's 分销 switch and per-SKU rates. They live in the policy's productOverrides (what
 * calculateLineCommission reads from the snapshot taken at payment), so a change is a new policy version made from
 * `expectedVersion` and judged whole by assertPolicyCompliant: a rate above 100% in total, or one per level
 * missing, is refused with its own code and nothing is written. Orders already paid keep their snapshot.
 * Idempotent: a change the stored policy already reflects returns it without a new version (a retry succeeds).
 */
export const setProductCommission = defineAction(distributionAdminApi.actions.setProductCommission, async (ctx, input): Promise<ProductCommissionView> => {
  const skus = await loadProductSkus(ctx.store, input.productId);
  const skuIds = skus.map((s) => s._id);
  const unknown = Object.keys(input.skuRates).find((id) => !skuIds.includes(id));
  if (unknown) throw failWith(DISTRIBUTION_ADMIN_ERRORS.SKU_NOT_FOUND, `规格 ${unknown} 不属于该商品`);
  if (!input.distribution && Object.values(input.skuRates).some((r) => r !== null)) {
    throw failWith(DISTRIBUTION_ADMIN_ERRORS.PRODUCT_EXCLUDED);
  }
  const nowIso = ctx.now.toISOString();
  const policy = await ctx.store.runTransaction(async (tx) => {
    const doc = await tx.get(COLLECTIONS.merchant, POLICY_DOC_ID);
    const current = doc?.policy ?? DEFAULT_DISTRIBUTION_POLICY;
    const overrides = withProductCommission(current.productOverrides, {
      productId: input.productId,
      skuIds,
      distribution: input.distribution,
      skuRates: input.skuRates as Record<string, Bps[] | null>, // integers per the schema; values judged below
    });
    const before = productCommissionSlice(current.productOverrides, input.productId, skuIds);
    const after = productCommissionSlice(overrides, input.productId, skuIds);
    if (JSON.stringify(before) === JSON.stringify(after)) return current;
    if (input.expectedVersion !== current.version) throw stale();
    const next = assertPolicyCompliant({ ...current, productOverrides: overrides, version: current.version + 1 }, current);
    const written = doc
      ? await tx.update(COLLECTIONS.merchant, POLICY_DOC_ID, { updatedAt: doc.updatedAt }, { policy: next, updatedBy: ctx.openid, updatedAt: nowIso })
      : await tx.insert(COLLECTIONS.merchant, { _id: POLICY_DOC_ID, policy: next, updatedBy: ctx.openid, updatedAt: nowIso });
    if (!written) throw stale();
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'setProductCommission', target: input.productId, before: { version: current.version, ...before }, after: { version: next.version, ...after } });
    return next;
  });
  return toProductCommissionView(policy, input.productId, skus);
});
