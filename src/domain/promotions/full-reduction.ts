import { DomainError } from '../shared/domain-error';
import { sumFen, toFen, type Fen } from '../money/fen';

/** One 满减 tier: spend at least thresholdFen on eligible goods, save reductionFen. */
export interface FullReductionTier {
  thresholdFen: Fen;
  reductionFen: Fen;
}

export interface FullReductionActivity {
  activityId: string;
  tiers: readonly FullReductionTier[];
  /** null = every product (activity goods are dropped by the pipeline before this is asked). */
  productIds: readonly string[] | null;
}

export interface FullReductionLine {
  lineId: string;
  productId: string;
  amountFen: Fen;
}

export type FullReductionResult =
  | { ok: true; tier: FullReductionTier; reductionFen: Fen; eligibleLineIds: string[]; eligibleFen: Fen }
  | { ok: false; reason: 'NO_ELIGIBLE_GOODS' | 'BELOW_LOWEST_TIER' };

/**
 * The highest tier the eligible goods reach (tiers do not add up: 满200减30 replaces 满100减10, as 有赞 and CRMEB
 * do without 上不封顶). The reduction is capped at the eligible goods so a misconfigured tier cannot push a line
 * below zero.
 */
export function applyFullReduction(activity: FullReductionActivity, lines: readonly FullReductionLine[]): FullReductionResult {
  assertTiersWellFormed(activity.tiers);
  const eligible = lines.filter(
    (l) => l.amountFen > 0 && (activity.productIds === null || activity.productIds.includes(l.productId)),
  );
  if (eligible.length === 0) return { ok: false, reason: 'NO_ELIGIBLE_GOODS' };
  const eligibleFen = sumFen(eligible.map((l) => l.amountFen));
  const tier = pickFullReductionTier(activity.tiers, eligibleFen);
  if (tier === null) return { ok: false, reason: 'BELOW_LOWEST_TIER' };
  return {
    ok: true,
    tier,
    reductionFen: toFen(Math.min(tier.reductionFen, eligibleFen)),
    eligibleLineIds: eligible.map((l) => l.lineId),
    eligibleFen,
  };
}

/** The reached tier with the highest threshold; ties keep the larger reduction. */
export function pickFullReductionTier(tiers: readonly FullReductionTier[], eligibleFen: Fen): FullReductionTier | null {
  let best: FullReductionTier | null = null;
  for (const t of tiers) {
    if (t.thresholdFen > eligibleFen) continue;
    if (
      best === null ||
      t.thresholdFen > best.thresholdFen ||
      (t.thresholdFen === best.thresholdFen && t.reductionFen > best.reductionFen)
    ) {
      best = t;
    }
  }
  return best;
}

function assertTiersWellFormed(tiers: readonly FullReductionTier[]): void {
  if (tiers.length === 0 || tiers.some((t) => toFen(t.thresholdFen) < 0 || toFen(t.reductionFen) < 0)) {
    throw new DomainError('FULL_REDUCTION.INVALID', '满减活动配置无效');
  }
}
