import { toFen, type Fen } from '../money/fen';
import type { FullReductionActivity } from './full-reduction';

export interface HintLine {
  productId: string;
  /** The line's list amount less its member discount: what 满减 counts (activity-priced lines never count). */
  countedFen: Fen;
  isActivityPriced: boolean;
}

/**
 * How much more of the eligible goods reaches the next tier of a 满减 (the client shows 再买¥x可减¥y), or null when
 * the highest tier is already reached. Counts the same goods applyFullReduction counts.
 */
export function nextFullReductionTier(activity: FullReductionActivity, lines: readonly HintLine[]): { missingFen: Fen; nextReductionFen: Fen } | null {
  const eligibleFen = lines
    .filter((l) => !l.isActivityPriced && (activity.productIds === null || activity.productIds.includes(l.productId)))
    .reduce((sum, l) => sum + l.countedFen, 0);
  const next = [...activity.tiers].sort((a, b) => a.thresholdFen - b.thresholdFen).find((t) => t.thresholdFen > eligibleFen);
  return next ? { missingFen: toFen(next.thresholdFen - eligibleFen), nextReductionFen: next.reductionFen } : null;
}
