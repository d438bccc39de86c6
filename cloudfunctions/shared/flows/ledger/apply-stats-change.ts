import { toFen } from '../../../../src/domain/money/fen';
import type { UserStatsDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { bumpCounters } from './bump-counters';

export type StatsChange = Partial<Record<'paidOrderCount' | 'spendFen' | 'settledCommissionFen' | 'completedOrderCount' | 'completedSpendFen', number>>;

export function zeroStats(userId: string): UserStatsDoc {
  return { _id: userId, paidOrderCount: 0, spendFen: toFen(0), settledCommissionFen: toFen(0), completedOrderCount: 0, completedSpendFen: toFen(0), version: 0 };
}

/** Counters that qualification and grade upgrades read, changed in the transaction of the event they count. */
export function applyStatsChange(tx: DocOps, userId: string, change: StatsChange): Promise<UserStatsDoc> {
  return bumpCounters(tx, COLLECTIONS.userStats, zeroStats(userId), change);
}

/**
 * The same counters moved without reading them first (one operation), for a transaction that does not need the new
 * values; the document is created from zero the first time.
 */
export async function incrementStats(tx: DocOps, userId: string, change: StatsChange): Promise<void> {
  const delta = Object.fromEntries(Object.entries(change).filter(([, v]) => v)) as Record<string, number>;
  if (!(await tx.increment(COLLECTIONS.userStats, userId, { ...delta, version: 1 }))) await applyStatsChange(tx, userId, change);
}
