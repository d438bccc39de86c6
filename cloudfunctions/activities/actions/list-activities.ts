import { activitiesApi } from '../../../src/contracts/api/activities';
import type { ActivityListView } from '../../../src/contracts/activities';
import { toBargainActivityView, toFlashSaleView, toGroupBuyView } from '../../shared/flows/activities/to-activity-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

const MAX = 20;

/** The 活动 page: activities on now or upcoming (not ended, not deleted), soonest first. */
export const listActivities = defineAction(activitiesApi.actions.listActivities, async (ctx): Promise<ActivityListView> => {
  const nowIso = ctx.now.toISOString();
  const filter = { deletedAt: null, endAt: { $gt: nowIso } };
  const options = { limit: MAX, orderBy: [{ field: 'startAt', direction: 'asc' as const }] };
  const [sales, groups, bargains] = await Promise.all([
    ctx.store.find(COLLECTIONS.flashSales, filter, options),
    ctx.store.find(COLLECTIONS.groupBuys, filter, options),
    ctx.store.find(COLLECTIONS.bargainActivities, filter, options),
  ]);
  return {
    flashSales: await Promise.all(sales.map((s) => toFlashSaleView(ctx.store, s, nowIso))),
    groupBuys: await Promise.all(groups.map((g) => toGroupBuyView(ctx.store, g, nowIso))),
    bargains: await Promise.all(bargains.map((b) => toBargainActivityView(ctx.store, b, nowIso))),
  };
});
