import { distributorApi } from '../../../src/contracts/api/distributor';
import type { TeamCounts } from '../../../src/contracts/distributor';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { teamFilter } from '../team-filter';

/** Two indexed counts: direct downlines by superiorId, level 2 by the second upline position. */
export const getMyTeamCounts = defineAction(distributorApi.actions.getMyTeamCounts, async (ctx): Promise<TeamCounts> => {
  const [level1, level2] = await Promise.all([
    ctx.store.count(COLLECTIONS.users, teamFilter(ctx.openid, 1)),
    ctx.store.count(COLLECTIONS.users, teamFilter(ctx.openid, 2)),
  ]);
  return { level1, level2 };
});
