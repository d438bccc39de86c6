import { defineLifecycle } from '../shared/define-lifecycle';
import { failWith } from '../shared/domain-error';
import { STAMP_ERRORS } from './stamp-errors';

/**
 * 集点卡: staff define a card (「集满 10 点送 1 杯」) — N stamps earn a reward coupon. A stamp comes from a paid order
 * line of chosen products, an in-store 核销 (pickup handed over), or a 优惠买单 of at least an amount.
 */
export interface StampCardRules {
  goal: number;
  /** Paid order lines of these products earn a stamp each (one per line, whatever the quantity); empty: none. */
  productIds: readonly string[];
  /** A pickup order handed over at the counter earns a stamp. */
  perPickup: boolean;
  /** A 优惠买单 paying at least this many 分 earns a stamp; null: none. */
  counterMinFen: number | null;
}

export const MAX_STAMP_GOAL = 50;

/** A stamp is ACTIVE until the money that earned it is refunded; then REVOKED, never back. */
export type StampStatus = 'ACTIVE' | 'REVOKED';
export const stampLifecycle = defineLifecycle<StampStatus>({
  transitions: { ACTIVE: ['REVOKED'], REVOKED: [] },
  initial: ['ACTIVE'],
  terminal: ['REVOKED'],
  error: STAMP_ERRORS.INVALID_TRANSITION,
});

export function assertStampCardRules(rules: StampCardRules): void {
  const bad = (message: string) => failWith(STAMP_ERRORS.INVALID, message);
  if (!(Number.isInteger(rules.goal) && rules.goal >= 2 && rules.goal <= MAX_STAMP_GOAL)) throw bad(`集满点数须在 2 到 ${MAX_STAMP_GOAL} 之间`);
  if (rules.productIds.length === 0 && !rules.perPickup && rules.counterMinFen === null) throw bad('请至少选择一种集点方式');
  if (rules.counterMinFen !== null && !(Number.isSafeInteger(rules.counterMinFen) && rules.counterMinFen > 0)) throw bad('买单集点金额须大于 0');
}

/** What a paid order earns: a stamp per line of a chosen product, or one for a 优惠买单 paying at least the amount. */
export function stampsForPaidOrder(rules: StampCardRules, order: { lines: ReadonlyArray<{ lineId: string; productId: string }>; counterPaidFen: number | null }): Array<{ ref: string; source: 'LINE' | 'COUNTER' }> {
  if (order.counterPaidFen !== null) {
    return rules.counterMinFen !== null && order.counterPaidFen >= rules.counterMinFen ? order.lines.slice(0, 1).map((l) => ({ ref: l.lineId, source: 'COUNTER' as const })) : [];
  }
  return order.lines.filter((l) => rules.productIds.includes(l.productId)).map((l) => ({ ref: l.lineId, source: 'LINE' as const }));
}

/**
 * A card's state from its counts: rewards are due whenever the active stamps pass another multiple of the goal
 * beyond the rewards already granted. Stamps taken back by refunds never take a granted reward back: the card then
 * owes stamps (`owed`), earned again before the next reward.
 */
export function stampCardProgress(goal: number, activeStamps: number, rewardsGranted: number): { rewardsDue: number; towardNext: number; owed: number } {
  const earned = Math.floor(activeStamps / goal);
  const rewardsDue = Math.max(0, earned - rewardsGranted);
  const covered = (rewardsGranted + rewardsDue) * goal;
  const owed = Math.max(0, covered - activeStamps);
  return { rewardsDue, towardNext: owed > 0 ? 0 : activeStamps - covered, owed };
}
