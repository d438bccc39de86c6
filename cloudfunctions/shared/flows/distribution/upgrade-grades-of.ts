import type { DistributionPolicy } from '../../../../src/domain/distribution/distribution-policy';
import { earnsCommission } from '../../../../src/domain/distribution/distributor-lifecycle';
import { evaluateGrade } from '../../../../src/domain/distribution/evaluate-grade';
import { toFen } from '../../../../src/domain/money/fen';
import { COLLECTIONS } from '../../kernel/store/collections';
import { MAX_PAGE_SIZE, type Store } from '../../kernel/store/store';
import { zeroStats } from '../ledger/apply-stats-change';

/**
 * Lifts distributors to the highest grade their counters reach, for many users at once as a settlement batch needs it: the distributors among them and their
 * counters in one query each per page of ids, a write only for a distributor who reached a higher grade (upward only,
 * compare-and-set on the old grade, so a concurrent run cannot downgrade). Safe to repeat.
 */
export async function upgradeGradesOf(store: Store, userIds: readonly string[], policy: DistributionPolicy): Promise<number> {
  if (policy.grades.length === 0 || userIds.length === 0) return 0;
  let upgraded = 0;
  for (let i = 0; i < userIds.length; i += MAX_PAGE_SIZE) {
    const ids = userIds.slice(i, i + MAX_PAGE_SIZE);
    const distributors = (await store.find(COLLECTIONS.distributors, { _id: { $in: ids } }, { limit: MAX_PAGE_SIZE })).filter((d) => earnsCommission(d.status));
    if (distributors.length === 0) continue;
    const stats = new Map((await store.find(COLLECTIONS.userStats, { _id: { $in: distributors.map((d) => d._id) } }, { limit: MAX_PAGE_SIZE })).map((s) => [s._id, s]));
    for (const distributor of distributors) {
      const s = stats.get(distributor._id) ?? zeroStats(distributor._id);
      const result = evaluateGrade({
        grades: policy.grades,
        currentGradeId: distributor.gradeId ?? null,
        stats: { ownSpendFen: s.completedSpendFen ?? toFen(0), settledCommissionFen: s.settledCommissionFen, orderCount: s.completedOrderCount ?? 0 },
      });
      if (!result.upgraded) continue;
      if (await store.update(COLLECTIONS.distributors, distributor._id, { gradeId: distributor.gradeId ?? null }, { gradeId: result.gradeId })) upgraded += 1;
    }
  }
  return upgraded;
}
