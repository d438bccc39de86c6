import { distributorInputs } from '../../../src/contracts/distributor-inputs';
import { type DistributorView } from '../../../src/contracts/distributor';
import { defineAction } from '../../shared/handler/define-action';
import { COLLECTIONS } from '../../shared/store/collections';
import { ensureUser } from '../../shared/users/ensure-user';
import type { DistributorDoc } from '../../shared/docs';
import { toDistributorView } from '../load-distributor';

/**
 * Unconditional for now (the qualification rules come with the distribution engine). By construction it never
 * asks for money or a purchase. Becoming one twice returns the existing record.
 */
export const becomeDistributor = defineAction(distributorInputs.becomeDistributor, async (ctx): Promise<DistributorView> => {
  const user = await ensureUser(ctx);
  const doc: DistributorDoc = { _id: ctx.openid, status: 'ACTIVE', gradeId: null, shopName: `${user.nickname}的小店`, since: ctx.now.toISOString() };
  await ctx.store.insert(COLLECTIONS.distributors, doc);
  const saved = await ctx.store.get<DistributorDoc>(COLLECTIONS.distributors, ctx.openid);
  return toDistributorView(saved ?? doc);
});
