import { activitiesApi } from '../../../src/contracts/api/activities';
import { ACTIVITY_ERRORS } from '../../../src/contracts/activities';
import type { OrderView } from '../../../src/contracts/orders';
import { failWith } from '../../../src/domain/shared/domain-error';
import { createActivityOrder, pickBuyerFields } from '../../shared/flows/activities/create-activity-order';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toOrderView } from '../../shared/flows/orders/to-order-view';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { loadBargain } from '../load-activity';
import { moveStatus } from '../../shared/kernel/store/move-status';
import { bargainLifecycle } from '../../../src/domain/promotions/bargain-lifecycle';

/**
 * The starter buys at the current price (floor reached or not), before the bargain expires. The bargain is marked
 * BOUGHT with the order in the order's transaction (compare-and-set), so it buys once; cancelling the unpaid order
 * frees it again.
 */
export const buyBargain = defineAction(activitiesApi.actions.buyBargain, async (ctx, input): Promise<OrderView> => {
  const bargain = await loadBargain(ctx.store, input.bargainId);
  if (bargain.starterId !== ctx.openid) throw failWith(ACTIVITY_ERRORS.BARGAIN_NOT_YOURS);
  const activity = await ctx.store.get(COLLECTIONS.bargainActivities, bargain.activityId);
  if (!activity) throw failWith(ACTIVITY_ERRORS.NOT_FOUND);
  const { order } = await createActivityOrder(ctx, {
    ...pickBuyerFields(input),
    skuId: activity.skuId,
    quantity: 1,
    activityPriceFen: bargain.currentFen,
    activity: { kind: 'BARGAIN', id: activity._id, paysCommission: activity.paysCommission, bargainId: bargain._id },
    reserve: async (tx, orderId) => {
      const fresh = await tx.get(COLLECTIONS.bargains, bargain._id);
      const open = fresh && (fresh.status === 'OPEN' || fresh.status === 'FLOORED') && fresh.orderId === null && ctx.now.toISOString() < fresh.expiresAt;
      if (!fresh || !open) throw failWith(ACTIVITY_ERRORS.BARGAIN_CLOSED, '砍价已结束或已下单');
      // The price was read before the transaction: a help landing meanwhile must not be lost to a stale price.
      if (fresh.currentFen !== bargain.currentFen) throw failWith(ACTIVITY_ERRORS.BUSY, '价格刚刚更新，请重试');
      const move = { collection: COLLECTIONS.bargains, id: fresh._id, lifecycle: bargainLifecycle, from: fresh.status, to: 'BOUGHT', expected: { orderId: null, helpsDone: fresh.helpsDone }, patch: { orderId } } as const;
      if (!(await moveStatus(tx, move))) {
        throw failWith(ACTIVITY_ERRORS.BUSY, '请重试');
      }
    },
  });
  return toOrderView(order);
});
