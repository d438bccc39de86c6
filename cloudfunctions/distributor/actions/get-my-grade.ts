import { distributorApi } from '../../../src/contracts/api/distributor';
import type { GradeCard } from '../../../src/contracts/distributor';
import { gradeProgress } from '../../../src/domain/distribution/grade-progress';
import { toFen } from '../../../src/domain/money/fen';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { zeroStats } from '../../shared/flows/ledger/apply-stats-change';
import { getDistributionPolicy } from '../../shared/flows/merchant/get-distribution-policy';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { loadMyDistributor } from '../load-distributor';

/** The grade card, from the same counters the automatic upgrade reads (kept in the transactions that change them). */
export const getMyGrade = defineAction(distributorApi.actions.getMyGrade, async (ctx): Promise<GradeCard> => {
  const distributor = await loadMyDistributor(ctx);
  const [policy, stats] = await Promise.all([getDistributionPolicy(ctx.store), ctx.store.get(COLLECTIONS.userStats, ctx.openid)]);
  const s = stats ?? zeroStats(ctx.openid);
  const progress = gradeProgress(policy.grades, distributor.gradeId ?? null, {
    ownSpendFen: s.completedSpendFen ?? toFen(0),
    settledCommissionFen: s.settledCommissionFen,
    orderCount: s.completedOrderCount ?? 0,
  });
  return { ...progress, baseRatesBps: policy.ratesBps };
});
