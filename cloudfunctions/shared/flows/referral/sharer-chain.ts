import type { UserDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

/** Far deeper than any real tree; a walk that gets here has found bad data, not a shop. */
const MAX_WALK = 500;

export interface SharerChain {
  /** The new superior's upline, nearest first: what the cycle check searches and the moved user's upline continues. */
  upline: string[];
  /** The documents to touch when the move commits (the superior, plus every ancestor when the chain was walked). */
  toTouch: UserDoc[];
}

/**
 * The new superior's upline for a bind, read inside the binding transaction. Stored `upline` arrays are rewritten
 * only after a move commits (rewriteDescendantUplines), so for a moment they can lag behind the superiorId pointers.
 * A user with no team cannot close a cycle whatever the arrays say, so their bind trusts the superior's stored array;
 * a user with a team (or an older record that does not say) walks the superiorId pointers instead, with fresh reads
 * in the transaction, and touches every ancestor (touchSharerChain): under CloudBase's snapshot isolation a
 * concurrent move anywhere on that chain then conflicts with this bind instead of both committing a cycle.
 */
export async function readSharerChain(tx: DocOps, user: UserDoc, sharer: UserDoc): Promise<SharerChain> {
  if (user.hasTeam === false) return { upline: sharer.upline, toTouch: [sharer] };
  const { upline, ancestors } = await walkUpline(tx, sharer, user._id);
  return { upline, toTouch: [sharer, ...ancestors] };
}

/**
 * `from`'s true upline, nearest first, by following the superiorId pointers (always current: a move changes them in
 * its transaction, while stored upline arrays follow later), with the ancestor documents read on the way. A loop
 * already in the data, or reaching `stopAt`, ends the walk with that id last, so a cycle check refuses on what it found.
 */
export async function walkUpline(ops: Pick<DocOps, 'get'>, from: UserDoc, stopAt?: string): Promise<{ upline: string[]; ancestors: UserDoc[] }> {
  const upline: string[] = [];
  const ancestors: UserDoc[] = [];
  const seen = new Set([from._id]);
  let next = from.superiorId;
  while (next !== null && upline.length < MAX_WALK) {
    upline.push(next);
    if (seen.has(next) || next === stopAt) break;
    seen.add(next);
    const ancestor = await ops.get(COLLECTIONS.users, next);
    if (!ancestor) break;
    ancestors.push(ancestor);
    next = ancestor.superiorId;
  }
  return { upline, ancestors };
}

/**
 * Bumps the tree version of the superior (marking that it now has a team) and of every walked ancestor; false when
 * one changed since it was read (the caller answers BUSY and the transaction re-runs or the user retries).
 */
export async function touchSharerChain(tx: DocOps, chain: SharerChain): Promise<boolean> {
  for (const [i, doc] of chain.toTouch.entries()) {
    const patch = i === 0 ? { treeVersion: doc.treeVersion + 1, hasTeam: true } : { treeVersion: doc.treeVersion + 1 };
    if (!(await tx.update(COLLECTIONS.users, doc._id, { treeVersion: doc.treeVersion }, patch))) return false;
  }
  return true;
}
