import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import type { Store } from '../../cloudfunctions/shared/kernel/store/store';

/**
 * Every document of every collection, to prove an action wrote nothing. A user's `lastSeenAt` is left out: it records
 * that the user opened the app (ensureUser, at most hourly), which a refused call may rightly do.
 */
export async function snapshotStore(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of Object.values(COLLECTIONS)) out[name] = await store.find(name, {}, { limit: 1000 });
  out[COLLECTIONS.users] = (out[COLLECTIONS.users] ?? []).map((doc) => {
    const { lastSeenAt: _visit, ...rest } = doc as { lastSeenAt?: string };
    return rest;
  });
  return out;
}
