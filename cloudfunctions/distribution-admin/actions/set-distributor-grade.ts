import { distributionAdminApi } from '../../../src/contracts/api/distribution-admin';
import { DISTRIBUTION_ADMIN_ERRORS, type DistributorAdminView } from '../../../src/contracts/distribution-admin';
import { DISTRIBUTOR_ERRORS } from '../../../src/contracts/distributor';
import { earnsCommission } from '../../../src/domain/distribution/distributor-lifecycle';
import { failWith } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getDistributionPolicy } from '../../shared/flows/merchant/get-distribution-policy';
import { changeDistributor } from '../change-distributor';
import { loadDistributorForAdmin } from '../load-distributor-for-admin';
import { toDistributorAdminView } from '../to-admin-views';

/**
 * Staff set a distributor's grade by hand, up or down (automatic upgrades only ever go up; a later event may lift a
 * lowered grade again if the counters reach it). null = no grade (the policy's base rates).
 */
export const setDistributorGrade = defineAction(distributionAdminApi.actions.setDistributorGrade, async (ctx, input): Promise<DistributorAdminView> => {
  const saved = await ctx.store.runTransaction(async (tx) => {
    const current = await loadDistributorForAdmin(tx, input.userId);
    if (!earnsCommission(current.status)) throw failWith(DISTRIBUTOR_ERRORS.NOT_DISTRIBUTOR, '只能给正常或冻结中的分销商设置等级');
    if (input.gradeId !== null) {
      const policy = await getDistributionPolicy(tx);
      if (!policy.grades.some((g) => g.id === input.gradeId)) {
        throw failWith(DISTRIBUTION_ADMIN_ERRORS.GRADE_NOT_FOUND);
      }
    }
    if ((current.gradeId ?? null) === input.gradeId) return current;
    return changeDistributor(tx, ctx, { current, action: 'setDistributorGrade', patch: { gradeId: input.gradeId } });
  });
  return toDistributorAdminView(ctx.store, saved);
});
