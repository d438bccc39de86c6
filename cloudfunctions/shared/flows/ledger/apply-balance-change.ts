import { toFen, type Fen } from '../../../../src/domain/money/fen';
import { dayTotalPatch } from '../withdrawals/withdrawal-day-total';
import type { BalanceDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { bumpCounters } from './bump-counters';
import { availableFenOf } from '../../../../src/domain/ledger/balance-buckets';

export type BalanceChange = Partial<Record<'settledFen' | 'inWithdrawalFen' | 'withdrawnFen' | 'clawedBackFen', number>>;

export function zeroBalance(userId: string, nowIso: string): BalanceDoc {
  const zero = toFen(0);
  // withdrawalDay '': no request yet, so the daily cap's total is known (0) without summing anything.
  return { _id: userId, settledFen: zero, inWithdrawalFen: zero, withdrawnFen: zero, availableFen: zero, clawedBackFen: zero, version: 0, updatedAt: nowIso, withdrawalDay: '', withdrawalDayFen: zero };
}

/** A withdrawal of `day` starting (+) or stopping (−) to debit, for the daily cap's total the balance carries. */
export interface WithdrawalDayChange {
  day: string;
  deltaFen: number;
  /** Given by a request: the day's total before it (0, or summed). */
  totalBeforeFen?: Fen;
}

/**
 * Moves a user's cached balance in the same transaction as the entries or withdrawal that justify it.
 * `availableFen` is always recomputed by the domain's rule (availableFenOf); a withdrawal's
 * change also moves the daily cap's total (dayTotalPatch). `read`: the balance as this transaction already read it.
 */
export function applyBalanceChange(
  tx: DocOps,
  userId: string,
  change: BalanceChange,
  nowIso: string,
  options: { day?: WithdrawalDayChange; read?: { current: BalanceDoc | null } } = {},
): Promise<BalanceDoc> {
  const { day, read } = options;
  return bumpCounters(
    tx,
    COLLECTIONS.balances,
    zeroBalance(userId, nowIso),
    change,
    (b) => ({
      availableFen: availableFenOf(b),
      updatedAt: nowIso,
      ...(day ? dayTotalPatch(b, day.day, day.deltaFen, day.totalBeforeFen) : {}),
    }),
    read,
  );
}

/** Adds up changes per user so each balance document is written once per transaction. */
export function mergeBalanceChanges(changes: ReadonlyArray<{ userId: string; change: BalanceChange }>): Map<string, BalanceChange> {
  const merged = new Map<string, BalanceChange>();
  for (const { userId, change } of changes) {
    const into = merged.get(userId) ?? {};
    for (const [key, value] of Object.entries(change) as Array<[keyof BalanceChange, number]>) into[key] = (into[key] ?? 0) + value;
    merged.set(userId, into);
  }
  return merged;
}

/**
 * A balance change that needs no check against the balance — a payout moving its amount from "in withdrawal" to
 * "withdrawn" — as one increment, no read: `availableFen` moves by availableFenOf and `version` by one, so a
 * compare-and-set writer that read the balance before still conflicts. No balance yet: applyBalanceChange creates it.
 */
export async function incrementBalance(tx: DocOps, userId: string, change: BalanceChange, nowIso: string): Promise<void> {
  const delta = Object.fromEntries(Object.entries(change).filter(([, v]) => v)) as Record<string, number>;
  const availableFen = availableFenOf(change);
  if (availableFen) delta.availableFen = availableFen;
  if (!(await tx.increment(COLLECTIONS.balances, userId, { ...delta, version: 1 }, { updatedAt: nowIso }))) await applyBalanceChange(tx, userId, change, nowIso);
}
