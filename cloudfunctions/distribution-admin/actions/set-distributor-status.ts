import { distributionAdminApi } from '../../../src/contracts/api/distribution-admin';
import type { DistributorAdminView } from '../../../src/contracts/distribution-admin';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { changeDistributor } from '../change-distributor';
import { loadDistributorForAdmin } from '../load-distributor-for-admin';
import { toDistributorAdminView } from '../to-admin-views';

/**
 * Freeze (still earns, cannot withdraw), unfreeze, or revoke (earns nothing on later orders; money already earned
 * stays theirs) — only along the domain's transition table. Setting the status it already has is a no-op.
 */
export const setDistributorStatus = defineAction(distributionAdminApi.actions.setDistributorStatus, async (ctx, input): Promise<DistributorAdminView> => {
  const saved = await ctx.store.runTransaction(async (tx) => {
    const current = await loadDistributorForAdmin(tx, input.userId);
    if (current.status === input.status) return current;
    return changeDistributor(tx, ctx, { current, action: 'setDistributorStatus', to: input.status, patch: {} });
  });
  return toDistributorAdminView(ctx.store, saved);
});
