import { readAll } from '../../kernel/paging/read-all';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';

export interface PointsLedgerProblem {
  userId: string;
  cachedBalance: number;
  ledgerBalance: number;
}

/**
 * Proves the cache against the ledger: every account's balance equals the sum of its changes, and every user with
 * changes has an account. Reads page by page (the store never reads unbounded); `complete` says whether it saw all.
 */
export async function checkPointsLedger(store: Store): Promise<{ problems: PointsLedgerProblem[]; complete: boolean }> {
  const accounts = await readAll((skip, limit) => store.find(COLLECTIONS.pointsAccounts, {}, { skip, limit, orderBy: [{ field: '_id', direction: 'asc' }] }));
  const changes = await readAll((skip, limit) => store.find(COLLECTIONS.pointsChanges, {}, { skip, limit, orderBy: [{ field: '_id', direction: 'asc' }] }), 100);
  const sums = new Map<string, number>();
  for (const c of changes.docs) sums.set(c.userId, (sums.get(c.userId) ?? 0) + c.delta);
  const problems: PointsLedgerProblem[] = [];
  const seen = new Set<string>();
  for (const a of accounts.docs) {
    seen.add(a._id);
    const ledgerBalance = sums.get(a._id) ?? 0;
    if (ledgerBalance !== a.balance) problems.push({ userId: a._id, cachedBalance: a.balance, ledgerBalance });
  }
  for (const [userId, ledgerBalance] of sums) if (!seen.has(userId)) problems.push({ userId, cachedBalance: 0, ledgerBalance });
  return { problems, complete: accounts.complete && changes.complete };
}
