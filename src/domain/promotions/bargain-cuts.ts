import { failWith } from '../shared/domain-error';
import { ACTIVITY_ERRORS } from './activity-errors';
import { toFen, type Fen } from '../money/fen';

export interface BargainPlanInput {
  startFen: Fen;
  floorFen: Fen;
  /** Exactly this many friends' helps bring the price to the floor. */
  helps: number;
  /** Bounds of one cut; the merchant sets them, the plan respects them wherever the total allows. */
  minCutFen: Fen;
  maxCutFen: Fen;
  /** Stored with the bargain when it opens, so every help replays the same plan (uint32). */
  seed: number;
}

/**
 * The whole sequence of cuts of one bargain, computed server-side from a stored seed: help i cuts cuts[i]. Every cut
 * is within [minCutFen, maxCutFen] and ≥ 1 分, and the cuts sum to startFen − floorFen exactly, so the price lands
 * on the floor with the last help and never passes it. Each cut is drawn uniformly from the range that still lets
 * the remaining helps finish inside the bounds, so no late help is ever forced out of them.
 */
export function bargainCuts(input: BargainPlanInput): Fen[] {
  const { startFen, floorFen, helps, minCutFen, maxCutFen, seed } = input;
  assertPlanFeasible(input);
  const next = mulberry32(seed);
  const cuts: Fen[] = [];
  let remaining = startFen - floorFen;
  for (let i = 0; i < helps; i++) {
    const left = helps - i - 1;
    const lo = Math.max(minCutFen, remaining - left * maxCutFen);
    const hi = Math.min(maxCutFen, remaining - left * minCutFen);
    const cut = lo + randomBelow(next, hi - lo + 1);
    cuts.push(toFen(cut));
    remaining -= cut;
  }
  return cuts;
}

/** The price after `helpsSoFar` helps of a plan. */
export function bargainPriceAfter(startFen: Fen, cuts: readonly Fen[], helpsSoFar: number): Fen {
  if (!Number.isInteger(helpsSoFar) || helpsSoFar < 0 || helpsSoFar > cuts.length) {
    throw failWith(ACTIVITY_ERRORS.BARGAIN_NO_HELPS_LEFT, '砍价已完成，无需继续助力');
  }
  return toFen(cuts.slice(0, helpsSoFar).reduce((price: number, cut) => price - cut, startFen));
}

function assertPlanFeasible(input: BargainPlanInput): void {
  const { startFen, floorFen, helps, minCutFen, maxCutFen, seed } = input;
  const total = toFen(startFen) - toFen(floorFen);
  const ok =
    Number.isSafeInteger(helps) &&
    helps >= 1 &&
    floorFen >= 0 &&
    toFen(minCutFen) >= 1 &&
    toFen(maxCutFen) >= minCutFen &&
    total >= helps * minCutFen &&
    total <= helps * maxCutFen &&
    Number.isInteger(seed) &&
    seed >= 0 &&
    seed <= 0xffffffff;
  if (!ok) throw failWith(ACTIVITY_ERRORS.BARGAIN_INVALID_PLAN);
}

/** A small, well-known 32-bit generator: the same seed gives the same cuts on every server and in every test. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** An integer in [0, n). Two draws make 52 bits so ranges far above 2^32 分 stay covered; the bias is negligible. */
function randomBelow(next: () => number, n: number): number {
  const r = (next() % 0x100000) * 0x100000000 + next();
  return r % n;
}
