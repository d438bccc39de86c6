import { activitiesApi } from '../../../src/contracts/api/activities';
import type { BargainActivityView } from '../../../src/contracts/activities';
import { toBargainActivityView } from '../../shared/flows/activities/to-activity-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { bargainIdFor } from '../bargain-id-for';
import { loadBargainActivity } from '../load-activity';

export const getBargainActivity = defineAction(activitiesApi.actions.getBargainActivity,
  async (ctx, input): Promise<{ activity: BargainActivityView; myBargainId: string | null }> => {
    const activity = await loadBargainActivity(ctx.store, input.activityId);
    const mine = await ctx.store.get(COLLECTIONS.bargains, bargainIdFor(activity._id, ctx.openid));
    return { activity: await toBargainActivityView(ctx.store, activity, ctx.now.toISOString()), myBargainId: mine?._id ?? null };
  },
);
