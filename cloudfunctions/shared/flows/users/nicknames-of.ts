import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';

/** Nicknames of a page's users in one query (unknown ids map to nothing). */
export async function nicknamesOf(store: Store, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  const users = unique.length ? await store.find(COLLECTIONS.users, { _id: { $in: unique } }, { limit: unique.length }) : [];
  return new Map(users.map((u) => [u._id, u.nickname]));
}
