import { REFERRAL_ERRORS, type BindOutcome, type BindResult } from '../../../src/contracts/referral';
import { referralInputs } from '../../../src/contracts/referral-inputs';
import { decideBind } from '../../../src/domain/referral/decide-bind';
import { DomainError } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/handler/define-action';
import { loadScene } from '../../shared/scenes/load-scene';
import { COLLECTIONS } from '../../shared/store/collections';
import { ensureUser } from '../../shared/users/ensure-user';
import type { BindingDoc, DistributorDoc, UserDoc } from '../../shared/docs';
import { rewriteDescendantUplines } from '../rewrite-descendant-uplines';
import { sharerName } from '../sharer-name';

const REFUSALS: Record<string, BindOutcome> = {
  'REFERRAL.SELF': 'SELF',
  'REFERRAL.CYCLE': 'CYCLE',
  'REFERRAL.ALREADY_BOUND': 'ALREADY_BOUND',
};

/**
 * Opening a distributor's code or card binds the opener to the sharer (first touch, permanent). The decision is
 * re-made inside the transaction on fresh documents, and the sharer's document is touched too, so two concurrent
 * binds that would close a cycle between them conflict instead of both passing (snapshot isolation's write skew).
 */
export const bindByScene = defineAction(referralInputs.bindByScene, async (ctx, input): Promise<BindResult> => {
  const scene = await loadScene(ctx.store, input.scene);
  await ensureUser(ctx);
  const [distributor, sharerUser] = await Promise.all([
    ctx.store.get<DistributorDoc>(COLLECTIONS.distributors, scene.sharerId),
    ctx.store.get<UserDoc>(COLLECTIONS.users, scene.sharerId),
  ]);
  const answer = (outcome: BindOutcome): BindResult => ({
    outcome,
    target: { page: scene.page, params: scene.params },
    sharerName: sharerName(distributor, sharerUser),
  });
  if (!distributor || !sharerUser) return answer(ctx.openid === scene.sharerId ? 'SELF' : 'SHARER_NOT_DISTRIBUTOR');

  const outcome = await ctx.store.runTransaction(async (tx): Promise<{ outcome: BindOutcome; upline?: string[] }> => {
    const user = await tx.get<UserDoc>(COLLECTIONS.users, ctx.openid);
    const sharer = await tx.get<UserDoc>(COLLECTIONS.users, scene.sharerId);
    if (!user || !sharer) return { outcome: 'SHARER_NOT_DISTRIBUTOR' };
    const decision = decideBind({
      userId: user._id,
      currentSuperiorId: user.superiorId,
      sharerId: sharer._id,
      sharerUpline: sharer.upline,
      rule: 'FIRST_TOUCH',
    });
    if (decision.kind === 'REFUSE') return { outcome: REFUSALS[decision.code] ?? 'ALREADY_BOUND' };

    const boundAt = ctx.now.toISOString();
    const bound = await tx.update(
      COLLECTIONS.users,
      user._id,
      { treeVersion: user.treeVersion, superiorId: null },
      { superiorId: decision.superiorId, upline: decision.upline, boundAt, bindSource: 'scene', treeVersion: user.treeVersion + 1 },
    );
    if (!bound) return { outcome: 'ALREADY_BOUND' };
    const touched = await tx.update(COLLECTIONS.users, sharer._id, { treeVersion: sharer.treeVersion }, { treeVersion: sharer.treeVersion + 1 });
    if (!touched) throw new DomainError(REFERRAL_ERRORS.BUSY, '操作太频繁，请重试');
    const record: BindingDoc = {
      _id: `${user._id}:${decision.superiorId}`,
      userId: user._id,
      fromSuperiorId: null,
      toSuperiorId: decision.superiorId,
      source: 'scene',
      scene: scene._id,
      createdAt: boundAt,
    };
    await tx.insert(COLLECTIONS.bindings, record);
    return { outcome: 'BOUND', upline: decision.upline };
  });

  // A user who had no superior may already have a team below; their uplines now continue through the new superior.
  if (outcome.upline) await rewriteDescendantUplines(ctx.store, ctx.openid, outcome.upline);
  return answer(outcome.outcome);
});
