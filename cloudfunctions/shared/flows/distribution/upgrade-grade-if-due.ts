import type { DistributionPolicy } from '../../../../src/domain/distribution/distribution-policy';
import { toFen } from '../../../../src/domain/money/fen';
import { earnsCommission } from '../../../../src/domain/distribution/distributor-lifecycle';
import { evaluateGrade } from '../../../../src/domain/distribution/evaluate-grade';
import { zeroStats } from '../ledger/apply-stats-change';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';

/**
 * Moves a distributor to the highest grade their counters now reach (upward only). Runs after settlement, the event
 * that changes what it reads: settled commission and the completed counters (orders past their after-sale window),
 * never a payment that may still be refunded. Safe to repeat, and a concurrent run cannot downgrade (compare-and-set
 * on the old grade).
 */
export async function upgradeGradeIfDue(store: Store, userId: string, policy: DistributionPolicy): Promise<string | null> {
  if (policy.grades.length === 0) return null;
  const distributor = await store.get(COLLECTIONS.distributors, userId);
  if (!distributor || !earnsCommission(distributor.status)) return null;
  const stats = (await store.get(COLLECTIONS.userStats, userId)) ?? zeroStats(userId);
  const result = evaluateGrade({
    grades: policy.grades,
    currentGradeId: distributor.gradeId ?? null,
    stats: {
      ownSpendFen: stats.completedSpendFen ?? toFen(0),
      settledCommissionFen: stats.settledCommissionFen,
      orderCount: stats.completedOrderCount ?? 0,
    },
  });
  if (!result.upgraded) return distributor.gradeId ?? null;
  await store.update(COLLECTIONS.distributors, userId, { gradeId: distributor.gradeId ?? null }, { gradeId: result.gradeId });
  return result.gradeId;
}
