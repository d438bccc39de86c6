import { rebaseUpline } from '../../../src/domain/referral/rebase-upline';
import type { UserDoc } from '../docs';
import { COLLECTIONS } from '../store/collections';
import type { Store } from '../store/store';

const BATCH = 200;
/** A descendant whose compare-and-set keeps losing to concurrent changes is re-read this many times. */
const ATTEMPTS = 5;

/**
 * After `userId` got a new upline, every user below it gets its upline rewritten (materialized path): the part
 * above `userId` is replaced by `userId`'s CURRENT upline, read here rather than passed in, so when two moves of the
 * same user race, the last rewrite writes the last move. Each update is compare-and-set on `treeVersion`; a lost
 * race re-reads the descendant and tries again. Runs after the bind commits: CloudBase transactions cannot hold a
 * query over many documents. The set "upline contains userId" does not change while rewriting (userId stays in
 * every descendant's path), so paging over it by a stable order visits each descendant once.
 */
export async function rewriteDescendantUplines(store: Store, userId: string): Promise<number> {
  const moved = await store.get<UserDoc>(COLLECTIONS.users, userId);
  if (!moved) return 0;
  const newUpline = moved.upline;
  let rewritten = 0;
  for (let skip = 0; ; skip += BATCH) {
    const page = await store.find<UserDoc>(
      COLLECTIONS.users,
      { upline: { $has: userId } },
      { limit: BATCH, skip, orderBy: [{ field: 'createdAt', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
    );
    for (const descendant of page) if (await rebaseOne(store, descendant, userId, newUpline)) rewritten += 1;
    if (page.length < BATCH) return rewritten;
  }
}

async function rebaseOne(store: Store, first: UserDoc, userId: string, newUpline: readonly string[]): Promise<boolean> {
  let descendant: UserDoc | null = first;
  for (let attempt = 0; attempt < ATTEMPTS && descendant; attempt++) {
    if (!descendant.upline.includes(userId) || isRebased(descendant.upline, userId, newUpline)) return false;
    const upline = rebaseUpline(descendant.upline, userId, newUpline);
    const ok = await store.update(
      COLLECTIONS.users,
      descendant._id,
      { treeVersion: descendant.treeVersion },
      { upline, treeVersion: descendant.treeVersion + 1 },
    );
    if (ok) return true;
    descendant = await store.get<UserDoc>(COLLECTIONS.users, descendant._id);
  }
  return false;
}

function isRebased(upline: readonly string[], userId: string, newUpline: readonly string[]): boolean {
  const tail = upline.slice(upline.indexOf(userId) + 1);
  return tail.length === newUpline.length && tail.every((id, i) => id === newUpline[i]);
}
