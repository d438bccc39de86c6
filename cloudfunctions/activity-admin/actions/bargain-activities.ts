import { activityAdminApi } from '../../../src/contracts/api/activity-admin';
import { ACTIVITY_ERRORS, type AdminBargainRow, type BargainActivityView } from '../../../src/contracts/activities';
import { toFen } from '../../../src/domain/money/fen';
import { bargainCuts } from '../../../src/domain/promotions/bargain-cuts';
import { failWith } from '../../../src/domain/shared/domain-error';
import type { BargainActivityDoc } from '../../shared/kernel/docs/activity-docs';
import { toBargainActivityView } from '../../shared/flows/activities/to-activity-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { nicknamesOf } from '../../shared/flows/users/nicknames-of';
import { deleteActivity, saveActivity } from '../save-activity';

const SPEC = { collection: COLLECTIONS.bargainActivities, prefix: 'K', action: 'saveBargainActivity' };

export const listBargainActivities = defineAction(activityAdminApi.actions.listBargainActivities, async (ctx): Promise<BargainActivityView[]> => {
  const docs = await ctx.store.find(COLLECTIONS.bargainActivities, { deletedAt: null }, { limit: 100, orderBy: [{ field: 'startAt', direction: 'desc' }] });
  return Promise.all(docs.map((d) => toBargainActivityView(ctx.store, d, ctx.now.toISOString())));
});

/**
 * 砍价: from the SKU's price down to the floor in exactly `helps` helps of minCut..maxCut each. The plan is checked
 * now against today's price (BARGAIN.INVALID_PLAN if no sequence of cuts can land exactly on the floor).
 */
export const saveBargainActivity = defineAction(activityAdminApi.actions.saveBargainActivity, async (ctx, input): Promise<BargainActivityView> => {
  const doc = await saveActivity<BargainActivityDoc>(ctx, SPEC, input, (sku) => {
    if (input.floorFen >= sku.priceFen) throw failWith(ACTIVITY_ERRORS.INVALID_PRICE, '底价必须低于原价');
    const plan = { startFen: sku.priceFen, floorFen: toFen(input.floorFen), helps: input.helps, minCutFen: toFen(input.minCutFen), maxCutFen: toFen(input.maxCutFen), seed: 0 };
    bargainCuts(plan);
    return { floorFen: plan.floorFen, helps: plan.helps, minCutFen: plan.minCutFen, maxCutFen: plan.maxCutFen, hours: input.hours };
  });
  return toBargainActivityView(ctx.store, doc, ctx.now.toISOString());
});

export const deleteBargainActivity = defineAction(activityAdminApi.actions.deleteBargainActivity, async (ctx, input) =>
  deleteActivity(ctx, { collection: COLLECTIONS.bargainActivities, action: 'deleteBargainActivity' }, input.id),
);

export const listBargains = defineAction(activityAdminApi.actions.listBargains, async (ctx, input): Promise<AdminBargainRow[]> => {
  const bargains = await ctx.store.find(COLLECTIONS.bargains, input.activityId ? { activityId: input.activityId } : {}, { limit: 100, orderBy: [{ field: 'startedAt', direction: 'desc' }] });
  const names = await nicknamesOf(ctx.store, bargains.map((b) => b.starterId));
  const titles = new Map<string, string>();
  for (const b of bargains) {
    if (titles.has(b.activityId)) continue;
    const activity = await ctx.store.get(COLLECTIONS.bargainActivities, b.activityId);
    const product = activity && (await ctx.store.get(COLLECTIONS.products, activity.productId));
    titles.set(b.activityId, product?.title ?? '');
  }
  return bargains.map((b) => ({
    id: b._id,
    activityId: b.activityId,
    title: titles.get(b.activityId) ?? '',
    starterNickname: names.get(b.starterId) ?? '微信用户',
    status: b.status,
    currentFen: b.currentFen,
    helpsDone: b.helpsDone,
    helpsNeeded: b.helps,
    expiresAt: b.expiresAt,
  }));
});
