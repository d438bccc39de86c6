import { rebaseUpline } from '../../src/domain/referral/rebase-upline';
import type { UserDoc } from '../shared/docs';
import { COLLECTIONS } from '../shared/store/collections';
import type { Store } from '../shared/store/store';

const BATCH = 200;

/**
 * After `userId` got a new upline, every user below it gets its upline rewritten (materialized path). Each
 * update is compare-and-set on the old upline, so a concurrent change to a descendant is never overwritten.
 * Runs after the bind commits: CloudBase transactions cannot hold a query over many documents.
 */
export async function rewriteDescendantUplines(store: Store, userId: string, newUpline: readonly string[]): Promise<number> {
  let rewritten = 0;
  for (;;) {
    const stale = await store.find<UserDoc>(
      COLLECTIONS.users,
      { upline: { $has: userId } },
      { limit: BATCH, orderBy: [{ field: 'createdAt', direction: 'asc' }] },
    );
    const pending = stale.filter((d) => !isRebased(d.upline, userId, newUpline));
    if (pending.length === 0) return rewritten;
    for (const descendant of pending) {
      const upline = rebaseUpline(descendant.upline, userId, newUpline);
      const ok = await store.update(
        COLLECTIONS.users,
        descendant._id,
        { treeVersion: descendant.treeVersion },
        { upline, treeVersion: descendant.treeVersion + 1 },
      );
      if (ok) rewritten += 1;
    }
    if (stale.length < BATCH) return rewritten;
  }
}

function isRebased(upline: readonly string[], userId: string, newUpline: readonly string[]): boolean {
  const at = upline.indexOf(userId);
  const tail = upline.slice(at + 1);
  return tail.length === newUpline.length && tail.every((id, i) => id === newUpline[i]);
}
