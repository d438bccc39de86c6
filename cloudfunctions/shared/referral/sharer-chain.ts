import type { UserDoc } from '../docs';
import { COLLECTIONS } from '../store/collections';
import type { DocOps } from '../store/store';

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
  const upline: string[] = [];
  const toTouch: UserDoc[] = [sharer];
  const seen = new Set([sharer._id]);
  let next = sharer.superiorId;
  while (next !== null && upline.length < MAX_WALK) {
    upline.push(next);
    // A loop already in the data (or the user itself) ends the walk: the cycle check then refuses on what it found.
    if (seen.has(next) || next === user._id) break;
    seen.add(next);
    const ancestor = await tx.get<UserDoc>(COLLECTIONS.users, next);
    if (!ancestor) break;
    toTouch.push(ancestor);
    next = ancestor.superiorId;
  }
  return { upline, toTouch };
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
