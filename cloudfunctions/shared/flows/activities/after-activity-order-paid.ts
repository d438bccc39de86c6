import { decideGroupJoin, groupExpiresAt } from '../../../../src/domain/promotions/group-buy';
import type { FunctionContext } from '../../kernel/context';
import type { OrderDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { GroupDoc } from '../../kernel/docs/activity-docs';
import { groupIdFor } from './group-id-for';
import { GROUP_REFUND_KEYS } from './group-refund-keys';
import { markActivityRefunded } from './mark-activity-refunded';
import { refundWholeOrder } from './refund-whole-order';
import { setGroupState } from './set-group-state';
import { moveStatus } from '../../kernel/store/move-status';
import { groupBuyLifecycle } from '../../../../src/domain/promotions/group-buy';
import { isNeverPaidOrder } from '../../../../src/domain/order/order-status-groups';

/**
 * Runs after a payment committed (applyPayment), and again from the activity timer for any paid 拼团 order still
 * WAITING outside its group (so a crash in between loses nothing). The leader's payment creates the group (its
 * deadline counts from then); a friend's payment takes a place by compare-and-set on memberCount, so two friends
 * racing for the last place cannot both get it: the loser, like anyone paying into a full or expired group, is
 * refunded in full. The payment that fills the group completes it. Every step is safe to repeat.
 */
export async function afterActivityOrderPaid(ctx: FunctionContext, order: Pick<OrderDoc, '_id' | 'activity'>): Promise<void> {
  // Ordinary orders cost no extra read here (the caller already holds the order).
  if (order.activity?.kind !== 'GROUP_BUY') return;
  const orderId = order._id;
  try {
    await takeGroupPlace(ctx, orderId);
  } catch (error) {
    // The payment has committed and must stand; the activity timer retries this order while it is WAITING.
    ctx.log.error('group place not settled', { orderId, requestId: ctx.requestId, error: error instanceof Error ? error.message : String(error) });
  }
}

/** afterActivityOrderPaid's work, throwing on failure (the timer counts it). */
export async function takeGroupPlace(ctx: FunctionContext, orderId: string): Promise<void> {
  const order = await ctx.store.get(COLLECTIONS.orders, orderId);
  const a = order?.activity;
  if (!order || a?.kind !== 'GROUP_BUY' || !a.groupId || isNeverPaidOrder(order.status)) return;
  if (a.groupState === 'FAILED') return refundRefused(ctx, order);
  if (a.groupState === 'SUCCEEDED') return;

  for (let attempt = 0; attempt < 10; attempt++) {
    const group = await ctx.store.get(COLLECTIONS.groups, a.groupId);
    if (!group) {
      if (a.groupId !== groupIdFor(order._id)) return refuse(ctx, order);
      const activity = await ctx.store.get(COLLECTIONS.groupBuys, a.id);
      if (!activity) return refuse(ctx, order);
      const paidAt = order.paidAt ?? ctx.now.toISOString();
      const doc: GroupDoc = {
        _id: a.groupId,
        activityId: activity._id,
        leaderId: order.buyerId,
        status: 'OPEN',
        requiredMembers: activity.requiredMembers,
        priceFen: activity.priceFen,
        memberCount: 1,
        memberIds: [order.buyerId],
        memberOrderIds: [order._id],
        openedAt: paidAt,
        expiresAt: new Date(groupExpiresAt(Date.parse(paidAt), activity.hours)).toISOString(),
        refundedAt: null,
      };
      if (await ctx.store.insert(COLLECTIONS.groups, doc)) return setGroupState(ctx.store, order._id, 'JOINED');
      continue;
    }
    if (group.memberOrderIds.includes(order._id)) {
      await setGroupState(ctx.store, order._id, 'JOINED');
      if (group.status === 'FULL' || group.status === 'SUCCEEDED') await completeGroup(ctx, group);
      return;
    }
    const decision = decideGroupJoin(
      { status: group.status, requiredMembers: group.requiredMembers, memberIds: group.memberIds, expiresAtMs: Date.parse(group.expiresAt) },
      order.buyerId,
      ctx.now.getTime(),
    );
    if (!decision.ok) return refuse(ctx, order);
    const joined = {
      memberCount: group.memberCount + 1,
      memberIds: [...group.memberIds, order.buyerId],
      memberOrderIds: [...group.memberOrderIds, order._id],
    };
    const taken = { collection: COLLECTIONS.groups, id: group._id, lifecycle: groupBuyLifecycle, from: group.status, to: decision.nextStatus === 'FULL' ? 'FULL' : undefined } as const;
    if (await moveStatus(ctx.store, { ...taken, expected: { memberCount: group.memberCount }, patch: joined })) {
      await setGroupState(ctx.store, order._id, 'JOINED');
      if (decision.nextStatus === 'FULL') await completeGroup(ctx, { ...group, ...joined, status: decision.nextStatus });
      return;
    }
  }
  throw new Error(`afterActivityOrderPaid: group ${a.groupId} kept changing`);
}

/** FULL → every member's order may ship → SUCCEEDED. Re-runnable (the timer finishes a FULL group left behind). */
export async function completeGroup(ctx: FunctionContext, group: GroupDoc): Promise<void> {
  for (const memberOrderId of group.memberOrderIds) await setGroupState(ctx.store, memberOrderId, 'SUCCEEDED');
  if (group.status === 'FULL') await moveStatus(ctx.store, { collection: COLLECTIONS.groups, id: group._id, lifecycle: groupBuyLifecycle, from: 'FULL', to: 'SUCCEEDED' });
}

async function refuse(ctx: FunctionContext, order: OrderDoc): Promise<void> {
  await setGroupState(ctx.store, order._id, 'FAILED');
  await refundRefused(ctx, order);
}

/**
 * A refused payer's full refund, then the order is stamped refunded. A crash in between (or WeChat refusing) leaves
 * it FAILED with refundedAt null: the timer's sweep (refundFailedGroupOrder) finishes it with the same refund ids.
 */
async function refundRefused(ctx: FunctionContext, order: OrderDoc): Promise<void> {
  await refundWholeOrder(ctx, order, GROUP_REFUND_KEYS.refused, '拼团未成功，自动退款');
  await markActivityRefunded(ctx.store, order._id, ctx.now.toISOString());
}
