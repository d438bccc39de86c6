import { toFen } from '../../../src/domain/money/fen';
import type { BalanceDoc } from '../docs';
import { COLLECTIONS } from '../store/collections';
import type { DocOps } from '../store/store';
import { bumpCounters } from './bump-counters';

export type BalanceChange = Partial<Record<'settledFen' | 'inWithdrawalFen' | 'withdrawnFen' | 'clawedBackFen', number>>;

export function zeroBalance(userId: string, nowIso: string): BalanceDoc {
  const zero = toFen(0);
  return { _id: userId, settledFen: zero, inWithdrawalFen: zero, withdrawnFen: zero, availableFen: zero, clawedBackFen: zero, version: 0, updatedAt: nowIso };
}

/**
 * Moves a user's cached balance in the same transaction as the entries or withdrawal that justify it.
 * `availableFen` is always recomputed by deriveBalance's rule: settled − in withdrawal − withdrawn.
 */
export function applyBalanceChange(tx: DocOps, userId: string, change: BalanceChange, nowIso: string): Promise<BalanceDoc> {
  return bumpCounters(tx, COLLECTIONS.balances, zeroBalance(userId, nowIso), change, (b) => ({
    availableFen: toFen(b.settledFen - b.inWithdrawalFen - b.withdrawnFen),
    updatedAt: nowIso,
  }));
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
