import type { DistributorAdminView, DistributorListItemView } from '../../src/contracts/distribution-admin';
import { toFen } from '../../src/domain/money/fen';
import { readPendingFen } from '../shared/flows/ledger/read-pending-fen';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { Store } from '../shared/kernel/store/store';

/**
 * Team size and earnings for one page of distributors (≤ 50): per row two counts on indexed fields (superiorId,
 * upline.1 — the same the distributor's own team page uses), one read of the cached balance (settled) and one
 * indexed sum of their PENDING entries (pending is not cached, see readPendingFen). Never a scan of the users
 * collection.
 */
export async function withTeamAndEarnings(store: Store, views: readonly DistributorAdminView[]): Promise<DistributorListItemView[]> {
  return Promise.all(
    views.map(async (v) => {
      const [direct, level2, balance, pendingFen] = await Promise.all([
        store.count(COLLECTIONS.users, { superiorId: v.userId }),
        store.count(COLLECTIONS.users, { 'upline.1': v.userId }),
        store.get(COLLECTIONS.balances, v.userId),
        readPendingFen(store, v.userId),
      ]);
      return { ...v, team: { direct, level2 }, earnings: { settledFen: balance?.settledFen ?? toFen(0), pendingFen } };
    }),
  );
}
