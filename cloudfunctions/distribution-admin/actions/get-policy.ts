import { distributionAdminApi } from '../../../src/contracts/api/distribution-admin';
import type { PolicyView } from '../../../src/contracts/distribution-admin';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { POLICY_DOC_ID } from '../../shared/flows/merchant/get-distribution-policy';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toPolicyView } from '../policy-view';

/** The policy as stored (its `version` is what an edit passes back as `expectedVersion`), or the default. */
export const getPolicy = defineAction(distributionAdminApi.actions.getPolicy, async (ctx): Promise<PolicyView> => {
  return toPolicyView(await ctx.store.get(COLLECTIONS.merchant, POLICY_DOC_ID));
});
