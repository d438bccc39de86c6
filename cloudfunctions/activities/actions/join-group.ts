import { activitiesApi } from '../../../src/contracts/api/activities';
import { ACTIVITY_ERRORS } from '../../../src/contracts/activities';
import type { OrderView } from '../../../src/contracts/orders';
import { decideGroupJoin } from '../../../src/domain/promotions/group-buy';
import { failWith } from '../../../src/domain/shared/domain-error';
import { createActivityOrder, pickBuyerFields } from '../../shared/flows/activities/create-activity-order';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toOrderView } from '../../shared/flows/orders/to-order-view';
import { loadGroup, loadGroupBuy } from '../load-activity';

const REFUSALS = {
  NOT_OPEN: [ACTIVITY_ERRORS.GROUP_NOT_OPEN, '该团已满或已结束'],
  EXPIRED: [ACTIVITY_ERRORS.GROUP_EXPIRED, '该团已过期'],
  ALREADY_MEMBER: [ACTIVITY_ERRORS.GROUP_ALREADY_MEMBER, '你已在这个团里'],
} as const;

/**
 * 参团 from a share card: an order at the group price. This checks the group can take the caller now; the place is
 * taken when the payment lands (compare-and-set), and a payment that finds the group full or expired is refunded.
 */
export const joinGroup = defineAction(activitiesApi.actions.joinGroup, async (ctx, input): Promise<{ groupId: string; order: OrderView }> => {
  const group = await loadGroup(ctx.store, input.groupId);
  const activity = await loadGroupBuy(ctx.store, group.activityId);
  const decision = decideGroupJoin(
    { status: group.status, requiredMembers: group.requiredMembers, memberIds: group.memberIds, expiresAtMs: Date.parse(group.expiresAt) },
    ctx.openid,
    ctx.now.getTime(),
  );
  if (!decision.ok) {
    const [error, message] = REFUSALS[decision.reason];
    throw failWith(error, message);
  }
  const { order } = await createActivityOrder(ctx, {
    ...pickBuyerFields(input),
    skuId: activity.skuId,
    quantity: 1,
    // The price the group opened with (opened groups keep their rules); older groups stored none.
    activityPriceFen: group.priceFen ?? activity.priceFen,
    activity: { kind: 'GROUP_BUY', id: activity._id, paysCommission: activity.paysCommission, groupId: group._id, groupState: 'WAITING' },
  });
  return { groupId: group._id, order: toOrderView(order) };
});
