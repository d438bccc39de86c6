import { distributionAdminApi } from '../../../src/contracts/api/distribution-admin';
import { DISTRIBUTION_ADMIN_ERRORS, type RebindResult } from '../../../src/contracts/distribution-admin';
import { earnsCommission } from '../../../src/domain/distribution/distributor-lifecycle';
import { decideBind } from '../../../src/domain/referral/decide-bind';
import { DomainError, failWith } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { INLINE_REWRITE_BUDGET, runUplineRewrites } from '../../shared/flows/referral/upline-rewrite-jobs';
import { moveInTree } from '../../shared/flows/referral/move-in-tree';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { loadUserForAdmin } from '../load-distributor-for-admin';
import { readSharerChain, touchSharerChain } from '../../shared/flows/referral/sharer-chain';

const busy = () => failWith(DISTRIBUTION_ADMIN_ERRORS.BUSY, '关系刚被其他操作修改，请刷新后重试');

/**
 * Staff move a user (with their whole team) under another distributor, or detach them (newSuperiorId null). The
 * merchant's binding rule does not apply — this is the override — but the tree's invariants do: never oneself,
 * never below one's own team at ANY depth (decideBind searches the new superior's whole upline, not just the levels
 * that earn; CRMEB and CRMEB Java checked only one level up). A binding record (source 'staff') and an audit record
 * commit with the move, and so does the queued rewrite of the team's uplines: a bounded part of it runs in this call,
 * the rest on the jobs timer (`rewritePending`), so the call takes bounded time whatever the team size. Payment meanwhile
 * reads the chain by the superior pointers (readPaymentChain). Orders already paid keep their snapshot.
 */
export const rebindUser = defineAction(distributionAdminApi.actions.rebindUser, async (ctx, input): Promise<RebindResult> => {
  const nowIso = ctx.now.toISOString();
  const result = await ctx.store.runTransaction(async (tx) => {
    const user = await loadUserForAdmin(tx, input.userId);
    const unchanged = { moved: false, rewrite: false, superiorId: user.superiorId, upline: user.upline };
    let superiorId: string | null = null;
    let upline: string[] = [];
    if (input.newSuperiorId !== null) {
      const superior = await loadUserForAdmin(tx, input.newSuperiorId);
      const chain = await readSharerChain(tx, user, superior);
      const decision = decideBind({
        userId: user._id,
        currentSuperiorId: user.superiorId,
        sharerId: superior._id,
        sharerUpline: chain.upline,
        rule: 'ALWAYS_OVERRIDE',
      });
      if (decision.kind === 'REFUSE') {
        if (decision.code === 'REFERRAL.ALREADY_BOUND') return unchanged; // already there: a repeat is a no-op
        throw new DomainError(decision.code, decision.message);
      }
      const distributor = await tx.get(COLLECTIONS.distributors, superior._id);
      if (!distributor || !earnsCommission(distributor.status)) {
        throw failWith(DISTRIBUTION_ADMIN_ERRORS.SUPERIOR_NOT_DISTRIBUTOR);
      }
      // Touch the new superior (and its chain when the user has a team) as a share bind does, so a concurrent move
      // that would close a cycle conflicts.
      if (!(await touchSharerChain(tx, chain))) throw busy();
      superiorId = decision.superiorId;
      upline = decision.upline;
    } else if (user.superiorId === null) {
      return unchanged;
    }

    // A staff bind starts a new binding period (protection / validity count from now).
    const tree = await moveInTree(tx, { user, superiorId, upline, source: 'staff', scene: null, byStaffId: ctx.openid, nowIso });
    if (!tree.moved) throw busy();
    await writeAudit(tx, ctx, {
      actorId: ctx.openid,
      action: 'rebindUser',
      target: user._id,
      before: { superiorId: user.superiorId, upline: user.upline },
      after: { superiorId, upline },
    });
    return { moved: true, rewrite: tree.rewrite, superiorId, upline };
  });

  const { rewritten, pending } = result.rewrite ? await runUplineRewrites(ctx, { maxMembers: INLINE_REWRITE_BUDGET }) : { rewritten: 0, pending: false };
  return { userId: input.userId, superiorId: result.superiorId, upline: result.upline, descendantsRewritten: rewritten, rewritePending: pending };
});
