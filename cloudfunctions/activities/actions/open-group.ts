import { activitiesApi } from '../../../src/contracts/api/activities';
import type { OrderView } from '../../../src/contracts/orders';
import { activityOrderId, createActivityOrder, pickBuyerFields } from '../../shared/flows/activities/create-activity-order';
import { groupIdFor } from '../../shared/flows/activities/group-id-for';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toOrderView } from '../../shared/flows/orders/to-order-view';
import { assertOn, loadGroupBuy } from '../load-activity';

/**
 * 开团: the leader's order at the leader price (团长价, a fixed discount for opening, never paid per recruit) or the
 * group price. The group itself starts when this order is paid; its id is known now, for the share card.
 */
export const openGroup = defineAction(activitiesApi.actions.openGroup, async (ctx, input): Promise<{ groupId: string; order: OrderView }> => {
  const activity = await loadGroupBuy(ctx.store, input.activityId);
  assertOn(activity, ctx.now.toISOString());
  const groupId = groupIdFor(activityOrderId(ctx.openid, input.requestId));
  const { order } = await createActivityOrder(ctx, {
    ...pickBuyerFields(input),
    skuId: activity.skuId,
    quantity: 1,
    activityPriceFen: activity.leaderPriceFen ?? activity.priceFen,
    activity: { kind: 'GROUP_BUY', id: activity._id, paysCommission: activity.paysCommission, groupId, groupState: 'WAITING' },
  });
  return { groupId, order: toOrderView(order) };
});
