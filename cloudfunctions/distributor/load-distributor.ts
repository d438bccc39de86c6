import { DISTRIBUTOR_ERRORS, type DistributorView } from '../../src/contracts/distributor';
import { earnsCommission } from '../../src/domain/distribution/distributor-lifecycle';
import { failWith } from '../../src/domain/shared/domain-error';
import type { UserContext } from '../shared/kernel/context';
import type { DistributorDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';

/** The caller as a distributor who may share and earn (active or frozen): an applicant or a revoked one may not. */
export async function loadMyDistributor(ctx: UserContext): Promise<DistributorDoc> {
  const distributor = await ctx.store.get(COLLECTIONS.distributors, ctx.openid);
  if (!distributor || !earnsCommission(distributor.status)) throw failWith(DISTRIBUTOR_ERRORS.NOT_DISTRIBUTOR);
  return distributor;
}

export function toDistributorView(d: DistributorDoc): DistributorView {
  return { status: d.status, gradeId: d.gradeId ?? null, shopName: d.shopName, since: d.since, reviewNote: d.reviewNote ?? null };
}
