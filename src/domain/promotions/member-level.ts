import type { Bps, Fen } from '../money/fen';
import type { MemberBenefit } from '../pricing/member-discount';

/** A member level reached by cumulative spend (paid goods and shipping, net of refunds), with its benefit. */
export interface MemberLevel {
  id: string;
  name: string;
  minSpendFen: Fen;
  /** Off the list price of every non-activity line (500 = 9.5折). */
  offBps: Bps;
  /** Member prices per SKU for this level; they win over the rate where set. */
  memberPriceFenBySkuId: Record<string, Fen>;
}

/**
 * The highest level whose spend threshold the customer reached (null below the lowest). Levels follow spend both
 * ways: a refund that lowers spend can lower the level, so a refunded order never keeps buying at a member price.
 */
export function memberLevelFor(levels: readonly MemberLevel[], spendFen: Fen): MemberLevel | null {
  let best: MemberLevel | null = null;
  for (const level of levels) {
    if (level.minSpendFen <= spendFen && (best === null || level.minSpendFen > best.minSpendFen)) best = level;
  }
  return best;
}

/** The next level above the customer's spend and what is still missing, for the member centre. */
export function nextMemberLevel(levels: readonly MemberLevel[], spendFen: Fen): { level: MemberLevel; missingFen: Fen } | null {
  let next: MemberLevel | null = null;
  for (const level of levels) {
    if (level.minSpendFen > spendFen && (next === null || level.minSpendFen < next.minSpendFen)) next = level;
  }
  return next === null ? null : { level: next, missingFen: (next.minSpendFen - spendFen) as Fen };
}

export function memberBenefitOf(level: MemberLevel | null): MemberBenefit | null {
  return level === null ? null : { levelId: level.id, offBps: level.offBps, memberPriceFenBySkuId: level.memberPriceFenBySkuId };
}
