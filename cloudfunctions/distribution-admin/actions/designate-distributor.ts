import { distributionAdminApi } from '../../../src/contracts/api/distribution-admin';
import type { DistributorAdminView } from '../../../src/contracts/distribution-admin';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import type { DistributorDoc } from '../../shared/kernel/docs/docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COUNTED, recordDistributorStats } from '../../shared/flows/stats/record-distributor-stats';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { changeDistributor } from '../change-distributor';
import { loadUserForAdmin } from '../load-distributor-for-admin';
import { toDistributorAdminView } from '../to-admin-views';

/**
 * Staff make a user a distributor, whatever the qualification mode (the only way in under STAFF_ONLY). Free, as
 * always. An applicant is approved; an active or frozen distributor is left as is (unfreezing is
 * setDistributorStatus); a rejected or revoked user is re-admitted as a NEW record — the transition table keeps
 * REVOKED final, so re-admission is a fresh decision, with the old record kept in the audit log.
 */
export const designateDistributor = defineAction(distributionAdminApi.actions.designateDistributor, async (ctx, input): Promise<DistributorAdminView> => {
  const nowIso = ctx.now.toISOString();
  const saved = await ctx.store.runTransaction(async (tx): Promise<DistributorDoc> => {
    const user = await loadUserForAdmin(tx, input.userId);
    const current = await tx.get(COLLECTIONS.distributors, user._id);
    const admitted = { status: 'ACTIVE' as const, since: nowIso, reviewedBy: ctx.openid, reviewedAt: nowIso, reviewNote: null };
    if (!current) {
      const doc: DistributorDoc = { _id: user._id, gradeId: null, shopName: `${user.nickname}的小店`, application: null, ...admitted, ...COUNTED };
      if (!(await tx.insert(COLLECTIONS.distributors, doc))) throw new Error('distributor appeared inside the transaction');
      await recordDistributorStats(tx, null, doc);
      await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'designateDistributor', target: user._id, before: null, after: doc });
      return doc;
    }
    if (current.status === 'ACTIVE' || current.status === 'FROZEN') return current;
    const { status: to, ...admission } = admitted;
    if (current.status === 'APPLIED') return changeDistributor(tx, ctx, { current, action: 'designateDistributor', to, patch: admission });
    return changeDistributor(tx, ctx, { current, action: 'designateDistributor', to, replace: true, patch: { ...admission, gradeId: null, application: null } });
  });
  return toDistributorAdminView(ctx.store, saved);
});
