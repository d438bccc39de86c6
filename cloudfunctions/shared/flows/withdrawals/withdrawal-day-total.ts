import { sumFen, toFen, type Fen } from '../../../../src/domain/money/fen';
import { withdrawalDebitsBalance } from '../../../../src/domain/withdrawal/withdrawal-lifecycle';
import type { BalanceDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';

/**
 * The daily cap counts a user's REQUESTED, APPROVED and PAID withdrawals of one Beijing calendar day (the day each was
 * requested, so a later rejection gives back that day's allowance, not today's). Requests are only ever made today,
 * so the balance document — which every such change writes anyway — carries the total of the latest day; the
 * request's transaction reads and moves it with the balance, no document of its own. An earlier day's total (a staff
 * retry of an old failed payout) or one on a balance from before the cache is summed from the withdrawals instead:
 * outside the transaction, which then checks by the balance's version that nothing moved since (DayTotalNeeded).
 */

/** The day's total as the balance caches it; null when it must be summed from the withdrawals. */
export function cachedDayTotal(balance: BalanceDoc | null, day: string): Fen | null {
  if (!balance) return toFen(0);
  if (balance.withdrawalDay == null) return null; // a balance from before the cache (null or absent)
  if (balance.withdrawalDay === day) return balance.withdrawalDayFen ?? toFen(0);
  return day > balance.withdrawalDay ? toFen(0) : null;
}

/** A day's total from its source: the user's withdrawals of that day that still debit (one query). */
export async function sumDayTotal(store: Pick<Store, 'find'>, userId: string, day: string): Promise<Fen> {
  const withdrawals = await store.find(COLLECTIONS.withdrawals, { userId, day }, { limit: 1000 });
  return sumFen(withdrawals.filter((w) => withdrawalDebitsBalance(w.status)).map((w) => w.amountFen));
}

/**
 * Thrown inside a transaction that needs a day's total the balance does not cache: the caller sums it outside
 * (sumDayTotal) and runs the transaction again with it, which uses it only while the balance is still at `version`
 * (every change of what a day debits writes the balance).
 */
export class DayTotalNeeded extends Error {
  constructor(
    readonly userId: string,
    readonly day: string,
    readonly version: number,
  ) {
    super(`withdrawal day total needed: ${userId} ${day}`);
  }
}

/** A day's total summed outside the transaction, valid while the balance is at `version`. */
export interface SummedDayTotal {
  userId: string;
  day: string;
  version: number;
  totalFen: Fen;
}

/** The day's total inside the transaction: cached, summed beforehand for this very balance version, or DayTotalNeeded. */
export function dayTotalIn(balance: BalanceDoc | null, userId: string, day: string, summed?: SummedDayTotal): Fen {
  const cached = cachedDayTotal(balance, day);
  if (cached !== null) return cached;
  if (summed && summed.userId === userId && summed.day === day && summed.version === balance?.version) return summed.totalFen;
  throw new DayTotalNeeded(userId, day, balance?.version ?? 0);
}

/**
 * Runs `attempt` (a transaction), summing a day's total and running it again when it asks for one; a few tries, since
 * the balance can move between the sum and the transaction.
 */
export async function withDayTotals<R>(store: Pick<Store, 'find'>, attempt: (summed?: SummedDayTotal) => Promise<R>): Promise<R> {
  let summed: SummedDayTotal | undefined;
  for (let tries = 1; ; tries++) {
    try {
      return await attempt(summed);
    } catch (error) {
      if (!(error instanceof DayTotalNeeded) || tries >= 4) throw error;
      summed = { userId: error.userId, day: error.day, version: error.version, totalFen: await sumDayTotal(store, error.userId, error.day) };
    }
  }
}

/**
 * The balance fields after a withdrawal of `day` starts (+) or stops (−) debiting: the cached day's total moves. A
 * request (`totalBeforeFen` given: 0, or what was summed) on a later day than the cached one starts it; any other
 * day is not cached and keeps being summed when asked.
 */
export function dayTotalPatch(
  balance: Pick<BalanceDoc, 'withdrawalDay' | 'withdrawalDayFen'>,
  day: string,
  deltaFen: number,
  totalBeforeFen?: Fen,
): Pick<BalanceDoc, 'withdrawalDay' | 'withdrawalDayFen'> {
  if (balance.withdrawalDay === day) return { withdrawalDay: day, withdrawalDayFen: toFen((balance.withdrawalDayFen ?? 0) + deltaFen) };
  if (totalBeforeFen !== undefined && (balance.withdrawalDay == null || day > balance.withdrawalDay)) return { withdrawalDay: day, withdrawalDayFen: toFen(totalBeforeFen + deltaFen) };
  return {};
}
