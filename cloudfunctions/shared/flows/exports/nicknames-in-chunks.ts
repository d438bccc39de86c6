import type { Store } from '../../kernel/store/store';
import { nicknamesOf } from '../users/nicknames-of';

const CHUNK = 500;

/** nicknamesOf for an export's many ids: one bounded `$in` query per 500 distinct ids. */
export async function nicknamesInChunks(store: Store, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  const out = new Map<string, string>();
  for (let i = 0; i < unique.length; i += CHUNK) {
    for (const [id, name] of await nicknamesOf(store, unique.slice(i, i + CHUNK))) out.set(id, name);
  }
  return out;
}
