import type { BindingDoc, UserDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { bindingRecord } from './binding-record';
import { queueUplineRewrite } from './upline-rewrite-jobs';

export interface TreeMove {
  user: UserDoc;
  /** The new superior (null: detached) and the upline decideBind gave with it. */
  superiorId: string | null;
  upline: string[];
  source: BindingDoc['source'];
  scene: string | null;
  byStaffId?: string | null;
  nowIso: string;
  /** Fields the user's own write carries along (a visit's lastSeenAt), so the move costs no write of its own. */
  userPatch?: Partial<UserDoc>;
}

/**
 * The one way a user moves in the referral tree, inside the caller's transaction, after the caller decided the move
 * (decideBind) and touched the new superior's chain (touchSharerChain): the user's superior and upline by
 * compare-and-set on their tree version and superior (a new binding period starts; a remembered touch is used up),
 * the binding record (created without an existence check: its id is the tree version that compare-and-set claims),
 * and the queued rewrite of the user's team. Answers moved: false, writing nothing, when the user changed since read.
 */
export async function moveInTree(tx: DocOps, move: TreeMove): Promise<{ moved: boolean; rewrite: boolean }> {
  const { user, superiorId, nowIso } = move;
  const moved = await tx.update(
    COLLECTIONS.users,
    user._id,
    { treeVersion: user.treeVersion, superiorId: user.superiorId },
    {
      ...move.userPatch,
      superiorId,
      upline: move.upline,
      // Protection and validity count from the bind; a detached user has no binding period.
      boundAt: superiorId === null ? null : nowIso,
      bindSource: move.source,
      treeVersion: user.treeVersion + 1,
      pendingSharerId: null,
      pendingScene: null,
      pendingAt: null,
    } satisfies Partial<UserDoc>,
  );
  if (!moved) return { moved: false, rewrite: false };
  await tx.create(
    COLLECTIONS.bindings,
    bindingRecord({
      userId: user._id,
      fromVersion: user.treeVersion,
      fromSuperiorId: user.superiorId,
      toSuperiorId: superiorId,
      source: move.source,
      scene: move.scene,
      byStaffId: move.byStaffId ?? null,
      atIso: nowIso,
    }),
  );
  return { moved: true, rewrite: await queueUplineRewrite(tx, user, nowIso) };
}
