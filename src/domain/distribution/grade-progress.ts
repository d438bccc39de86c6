import type { Bps } from '../money/fen';
import type { DistributorGrade, GradeUpgradeConditions } from './distribution-policy';
import { meetsGrade, type GradeStats } from './evaluate-grade';

export type GradeConditionKey = keyof GradeUpgradeConditions;

export interface ConditionProgress {
  key: GradeConditionKey;
  /** Money conditions are in 分, counts are counts. */
  current: number;
  target: number;
  met: boolean;
}

export interface GradeStep {
  id: string;
  name: string;
  ratesBps: Bps[];
}

export interface GradeProgress {
  /** Null: no grade yet, the policy's base rates apply. */
  current: GradeStep | null;
  /** The next grade up that can be reached automatically, with each of its conditions; null at the top. */
  next: (GradeStep & { mode: 'ANY' | 'ALL'; conditions: ConditionProgress[] }) | null;
}

const KEYS: readonly GradeConditionKey[] = ['ownSpendFen', 'settledCommissionFen', 'orderCount'];

/**
 * The grade card: where a distributor stands and what the next grade asks, measured with the same stats and rule
 * (meetsGrade) the automatic upgrade uses. A grade with no conditions is staff-assigned only, so never "next".
 */
export function gradeProgress(grades: readonly DistributorGrade[], currentGradeId: string | null, stats: GradeStats): GradeProgress {
  const current = currentGradeId === null ? undefined : grades.find((g) => g.id === currentGradeId);
  const above = grades
    .filter((g) => (current === undefined || g.weight > current.weight) && KEYS.some((k) => g.upgrade.conditions[k] != null))
    .sort((a, b) => a.weight - b.weight);
  const next = above.find((g) => !meetsGrade(g, stats)) ?? above[0];
  const step = (g: DistributorGrade): GradeStep => ({ id: g.id, name: g.name, ratesBps: g.ratesBps });
  return {
    current: current ? step(current) : null,
    next: next
      ? {
          ...step(next),
          mode: next.upgrade.mode,
          conditions: KEYS.flatMap((key) => {
            const target = next.upgrade.conditions[key];
            return target == null ? [] : [{ key, current: stats[key], target, met: stats[key] >= target }];
          }),
        }
      : null,
  };
}
