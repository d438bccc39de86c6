import { activitiesApi } from '../../../src/contracts/api/activities';
import { ACTIVITY_ERRORS, type BargainView } from '../../../src/contracts/activities';
import { failWith } from '../../../src/domain/shared/domain-error';
import { toBargainView } from '../../shared/flows/activities/to-activity-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { loadBargain } from '../load-activity';

/** The bargain page (the starter's) and the help page (a friend's) both read this. */
export const getBargain = defineAction(activitiesApi.actions.getBargain, async (ctx, input): Promise<BargainView> => {
  const bargain = await loadBargain(ctx.store, input.bargainId);
  const activity = await ctx.store.get(COLLECTIONS.bargainActivities, bargain.activityId);
  if (!activity) throw failWith(ACTIVITY_ERRORS.NOT_FOUND);
  return toBargainView(ctx.store, bargain, activity, ctx.openid, ctx.now.toISOString());
});
