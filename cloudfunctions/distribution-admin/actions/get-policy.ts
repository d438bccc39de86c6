import type { PolicyView } from '../../../src/contracts/distribution-admin';
import { distributionAdminInputs } from '../../../src/contracts/distribution-admin-inputs';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { POLICY_DOC_ID } from '../../shared/flows/merchant/get-distribution-policy';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toPolicyView } from '../policy-view';

/** The policy as stored (its `version` is what an edit passes back as `expectedVersion`), or the default. */
export const getPolicy = defineAction(distributionAdminInputs.getPolicy, async (ctx): Promise<PolicyView> => {
  await requirePermission(ctx, 'distribution');
  return toPolicyView(await ctx.store.get(COLLECTIONS.merchant, POLICY_DOC_ID));
});
