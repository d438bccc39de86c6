import { failWith } from '../../../src/domain/shared/domain-error';
import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import { MARKETING_ERRORS, type FullReductionView } from '../../../src/contracts/marketing';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { extendFullReductionWindow } from '../../shared/flows/marketing/full-reduction-window';
import { toFullReductionView } from '../../shared/flows/marketing/to-marketing-views';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { moveStatus } from '../../shared/kernel/store/move-status';
import { campaignLifecycle } from '../../../src/domain/promotions/campaign-lifecycle';

/** Stops (or resumes) a 满减 activity: checkout ignores a stopped one from now on; a resumed one moves the window. Audited. */
export const setFullReductionStatus = defineAction(marketingAdminApi.actions.setFullReductionStatus, async (ctx, input): Promise<FullReductionView> => {
  const nowIso = ctx.now.toISOString();
  const saved = await ctx.store.runTransaction(async (tx) => {
    const current = await tx.get(COLLECTIONS.fullReductions, input.activityId);
    if (!current) throw failWith(MARKETING_ERRORS.FULL_REDUCTION_NOT_FOUND, '满减活动不存在');
    if (current.status === input.status) return current;
    const next = { ...current, status: input.status, version: current.version + 1, updatedAt: nowIso };
    const move = { collection: COLLECTIONS.fullReductions, id: current._id, lifecycle: campaignLifecycle, from: current.status, to: next.status, expected: { version: current.version }, patch: { version: next.version, updatedAt: nowIso } };
    if (!(await moveStatus(tx, move))) {
      throw failWith(MARKETING_ERRORS.CHANGED, '活动已被修改，请刷新后重试');
    }
    if (next.status === 'ACTIVE') await extendFullReductionWindow(tx, next.endAt);
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'setFullReductionStatus', target: current._id, before: current.status, after: next.status });
    return next;
  });
  return toFullReductionView(saved);
});
