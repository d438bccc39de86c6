import type { Fen } from '../money/fen';
import type { DistributorGrade, GradeUpgradeConditions } from './distribution-policy';

/** A distributor's standing, each figure net of refunds and computed by the caller from orders and entries. */
export interface GradeStats {
  ownSpendFen: Fen;
  settledCommissionFen: Fen;
  orderCount: number;
}

const CONDITION_KEYS: ReadonlyArray<keyof GradeUpgradeConditions> = ['ownSpendFen', 'settledCommissionFen', 'orderCount'];

/** Whether the stats meet a grade's upgrade rule. A grade with no conditions is never reached automatically. */
export function meetsGrade(grade: DistributorGrade, stats: GradeStats): boolean {
  const results = CONDITION_KEYS.flatMap((key) => {
    const threshold = grade.upgrade.conditions[key];
    return threshold === undefined || threshold === null ? [] : [stats[key] >= threshold];
  });
  if (results.length === 0) return false;
  return grade.upgrade.mode === 'ALL' ? results.every(Boolean) : results.some(Boolean);
}

/**
 * The grade a distributor should hold now: the highest-weight grade they qualify for, jumping straight to it
 * (人人商城), but only if it is above their current grade. Never a downgrade: a grade is a reward already granted,
 * and falling stats (a refund, a quiet month) must not silently cut the rate they were promised.
 * A current grade no longer in the policy counts as no grade.
 */
export function evaluateGrade(input: {
  grades: readonly DistributorGrade[];
  currentGradeId: string | null;
  stats: GradeStats;
}): { gradeId: string | null; upgraded: boolean } {
  const { grades, currentGradeId, stats } = input;
  const current = currentGradeId === null ? undefined : grades.find((g) => g.id === currentGradeId);
  let best: DistributorGrade | undefined;
  for (const g of grades) {
    if (meetsGrade(g, stats) && (best === undefined || g.weight > best.weight)) best = g;
  }
  if (best !== undefined && (current === undefined || best.weight > current.weight)) {
    return { gradeId: best.id, upgraded: true };
  }
  return { gradeId: current?.id ?? currentGradeId, upgraded: false };
}
