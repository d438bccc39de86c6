import type { CustomerFilter } from '../../src/contracts/customer-admin';
import type { CustomerProfileDoc, UserDoc, UserStatsDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { Filter, Store } from '../shared/kernel/store/store';

/** Every customer a filter may read needs these three records; absent stats / profile count as zero / empty. */
export interface CustomerRecord {
  user: UserDoc;
  stats: UserStatsDoc | null;
  profile: CustomerProfileDoc | null;
}

/**
 * Customers matching a filter, read through one "driving" collection in a stable order and completed and filtered
 * by the others: by tag → customer_profiles (recently edited first); else by spend → user_stats (highest spend
 * first); else users (newest first, has-superior as part of the query). `read(skip, limit)` pages the driving
 * collection, so its positions are the paging cursor.
 */
export function customerSource(store: Store, filter: CustomerFilter): { read: (skip: number, limit: number) => Promise<Array<CustomerRecord | null>>; matches: (r: CustomerRecord) => boolean } {
  const spend = spendCondition(filter);
  const matches = (r: CustomerRecord): boolean => {
    const spendFen = r.stats?.spendFen ?? 0;
    if (filter.tag !== undefined && !(r.profile?.tags ?? []).includes(filter.tag)) return false;
    if (filter.minSpendFen !== undefined && spendFen < filter.minSpendFen) return false;
    if (filter.maxSpendFen !== undefined && spendFen > filter.maxSpendFen) return false;
    if (filter.hasSuperior !== undefined && (r.user.superiorId !== null) !== filter.hasSuperior) return false;
    return true;
  };

  if (filter.tag !== undefined) {
    const tag = filter.tag;
    return {
      matches,
      read: async (skip, limit) => {
        const profiles = await store.find(COLLECTIONS.customerProfiles, { tags: { $has: tag } }, {
          skip,
          limit,
          orderBy: [{ field: 'updatedAt', direction: 'desc' }, { field: '_id', direction: 'asc' }],
        });
        return complete(store, profiles.map((p) => p._id), { profiles });
      },
    };
  }
  if (spend) {
    return {
      matches,
      read: async (skip, limit) => {
        const stats = await store.find(COLLECTIONS.userStats, { spendFen: spend }, {
          skip,
          limit,
          orderBy: [{ field: 'spendFen', direction: 'desc' }, { field: '_id', direction: 'asc' }],
        });
        return complete(store, stats.map((s) => s._id), { stats });
      },
    };
  }
  const userFilter: Filter = filter.hasSuperior === undefined ? {} : { superiorId: filter.hasSuperior ? { $ne: null } : null };
  return {
    matches,
    read: async (skip, limit) => {
      const users = await store.find(COLLECTIONS.users, userFilter, {
        skip,
        limit,
        orderBy: [{ field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'asc' }],
      });
      return complete(store, users.map((u) => u._id), { users });
    },
  };
}

function spendCondition(filter: CustomerFilter): { $gte?: number; $lte?: number } | null {
  if (filter.minSpendFen === undefined && filter.maxSpendFen === undefined) return null;
  return { ...(filter.minSpendFen !== undefined ? { $gte: filter.minSpendFen } : {}), ...(filter.maxSpendFen !== undefined ? { $lte: filter.maxSpendFen } : {}) };
}

/**
 * Loads whichever of the three records the driving read did not, in the driving order: one entry per driving
 * document (null where the user is gone), so positions stay cursor positions.
 */
async function complete(
  store: Store,
  ids: string[],
  known: { users?: UserDoc[]; stats?: UserStatsDoc[]; profiles?: CustomerProfileDoc[] },
): Promise<Array<CustomerRecord | null>> {
  if (!ids.length) return [];
  const byId = { _id: { $in: ids } };
  const [users, stats, profiles] = await Promise.all([
    known.users ?? store.find(COLLECTIONS.users, byId, { limit: ids.length }),
    known.stats ?? store.find(COLLECTIONS.userStats, byId, { limit: ids.length }),
    known.profiles ?? store.find(COLLECTIONS.customerProfiles, byId, { limit: ids.length }),
  ]);
  const u = new Map(users.map((d) => [d._id, d]));
  const s = new Map(stats.map((d) => [d._id, d]));
  const p = new Map(profiles.map((d) => [d._id, d]));
  return ids.map((id) => {
    const user = u.get(id);
    return user ? { user, stats: s.get(id) ?? null, profile: p.get(id) ?? null } : null;
  });
}
