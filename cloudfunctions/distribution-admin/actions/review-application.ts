import { distributionAdminApi } from '../../../src/contracts/api/distribution-admin';
import type { DistributorAdminView } from '../../../src/contracts/distribution-admin';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { changeDistributor } from '../change-distributor';
import { loadDistributorForAdmin } from '../load-distributor-for-admin';
import { toDistributorAdminView } from '../to-admin-views';

/**
 * APPLIED → ACTIVE (approve) or REJECTED (with a note the applicant sees; they may apply again). Repeating the same
 * decision is a no-op; any other starting status is refused by the transition table.
 */
export const reviewApplication = defineAction(distributionAdminApi.actions.reviewApplication, async (ctx, input): Promise<DistributorAdminView> => {
  const nowIso = ctx.now.toISOString();
  const to = input.approve ? 'ACTIVE' : 'REJECTED';
  const saved = await ctx.store.runTransaction(async (tx) => {
    const current = await loadDistributorForAdmin(tx, input.userId);
    if (current.status === to) return current;
    return changeDistributor(tx, ctx, {
      current,
      action: 'reviewApplication',
      to,
      patch: {
        reviewedBy: ctx.openid,
        reviewedAt: nowIso,
        reviewNote: input.note || null,
        // An admitted distributor's "since" is the admission, not the application.
        ...(input.approve ? { since: nowIso } : {}),
      },
    });
  });
  return toDistributorAdminView(ctx.store, saved);
});
