import { COLLECTIONS } from '../../cloudfunctions/shared/store/collections';
import type { Store } from '../../cloudfunctions/shared/store/store';

/** Every document of every collection, to prove an action wrote nothing. */
export async function snapshotStore(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of Object.values(COLLECTIONS)) out[name] = await store.find(name, {}, { limit: 1000 });
  return out;
}
