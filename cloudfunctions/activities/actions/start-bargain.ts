import { failWith } from '../../../src/domain/shared/domain-error';
import { activitiesApi } from '../../../src/contracts/api/activities';
import { randomInt } from 'node:crypto';
import { ORDERS_ERRORS } from '../../../src/contracts/orders';
import type { BargainView } from '../../../src/contracts/activities';
import { toFen } from '../../../src/domain/money/fen';
import { bargainCuts } from '../../../src/domain/promotions/bargain-cuts';
import type { BargainDoc } from '../../shared/kernel/docs/activity-docs';
import { toBargainView } from '../../shared/flows/activities/to-activity-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { ensureUser } from '../../shared/flows/users/ensure-user';
import { bargainIdFor } from '../bargain-id-for';
import { assertOn, loadBargainActivity } from '../load-activity';

/**
 * 发起砍价: one bargain per user and activity, starting at the SKU's price now. Its random seed is drawn here, on the
 * server, and stored: every help replays the same plan (bargainCuts), which lands exactly on the floor with the
 * configured number of helps. Starting again returns the same bargain.
 */
export const startBargain = defineAction(activitiesApi.actions.startBargain, async (ctx, input): Promise<BargainView> => {
  await ensureUser(ctx);
  const activity = await loadBargainActivity(ctx.store, input.activityId);
  const nowIso = ctx.now.toISOString();
  const id = bargainIdFor(activity._id, ctx.openid);
  let bargain = await ctx.store.get(COLLECTIONS.bargains, id);
  if (!bargain) {
    assertOn(activity, nowIso);
    const sku = await ctx.store.get(COLLECTIONS.skus, activity.skuId);
    if (!sku) throw failWith(ORDERS_ERRORS.SKU_NOT_FOUND, '商品不存在或已下架');
    const seed = randomInt(0, 0xffffffff);
    const plan = { startFen: sku.priceFen, floorFen: activity.floorFen, helps: activity.helps, minCutFen: activity.minCutFen, maxCutFen: activity.maxCutFen, seed };
    bargainCuts(plan); // refuses (BARGAIN.INVALID_PLAN) if the SKU's price moved so the plan no longer fits
    const deadline = Math.min(ctx.now.getTime() + activity.hours * 3_600_000, Date.parse(activity.endAt));
    const doc: BargainDoc = {
      _id: id,
      activityId: activity._id,
      starterId: ctx.openid,
      status: 'OPEN',
      ...plan,
      helpsDone: 0,
      currentFen: toFen(sku.priceFen),
      startedAt: nowIso,
      expiresAt: new Date(deadline).toISOString(),
      orderId: null,
    };
    await ctx.store.insert(COLLECTIONS.bargains, doc);
    bargain = (await ctx.store.get(COLLECTIONS.bargains, id)) ?? doc;
  }
  return toBargainView(ctx.store, bargain, activity, ctx.openid, nowIso);
});
