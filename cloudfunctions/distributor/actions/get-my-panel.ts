import { distributorApi } from '../../../src/contracts/api/distributor';
import { type DistributorPanel } from '../../../src/contracts/distributor';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getDistributionPolicy } from '../../shared/flows/merchant/get-distribution-policy';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { ensureUser } from '../../shared/flows/users/ensure-user';
import { maskNickname } from '../../shared/flows/users/mask-nickname';
import { toDistributorView } from '../load-distributor';

/** The member centre: the caller's distributor record in any status (an applicant sees APPLIED / REJECTED too). */
export const getMyPanel = defineAction(distributorApi.actions.getMyPanel, async (ctx): Promise<DistributorPanel> => {
  const user = await ensureUser(ctx);
  const [distributor, directTeamCount, superior, policy] = await Promise.all([
    ctx.store.get(COLLECTIONS.distributors, ctx.openid),
    ctx.store.count(COLLECTIONS.users, { superiorId: ctx.openid }),
    user.superiorId ? ctx.store.get(COLLECTIONS.users, user.superiorId) : Promise.resolve(null),
    getDistributionPolicy(ctx.store),
  ]);
  return {
    nickname: user.nickname,
    distributor: distributor ? toDistributorView(distributor) : null,
    directTeamCount,
    superiorName: superior ? maskNickname(superior.nickname) : null,
    qualification: policy.qualification,
  };
});
