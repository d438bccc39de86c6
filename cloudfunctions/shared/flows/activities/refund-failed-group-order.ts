import type { FunctionContext } from '../../kernel/context';
import type { OrderDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import { GROUP_REFUND_KEYS } from './group-refund-keys';
import { markActivityRefunded } from './mark-activity-refunded';
import { refundWholeOrder } from './refund-whole-order';

/**
 * The timer's catch-up for a paid 拼团 order marked FAILED whose refund never finished (the function stopped between
 * marking and refunding, or WeChat refused): refunds what is left under the key it was (or would have been) refunded
 * with — so a refund already made is found by its id, never made twice — then stamps the order refunded.
 */
export async function refundFailedGroupOrder(ctx: FunctionContext, order: OrderDoc): Promise<void> {
  const a = order.activity;
  if (a?.kind !== 'GROUP_BUY' || a.groupState !== 'FAILED' || a.refundedAt) return;
  const group = a.groupId ? await ctx.store.get(COLLECTIONS.groups, a.groupId) : null;
  const member = group?.memberOrderIds.includes(order._id) ?? false;
  if (member) await refundWholeOrder(ctx, order, GROUP_REFUND_KEYS.expired, '拼团未在时限内成团，自动全额退款');
  else await refundWholeOrder(ctx, order, GROUP_REFUND_KEYS.refused, '拼团未成功，自动退款');
  await markActivityRefunded(ctx.store, order._id, ctx.now.toISOString());
}
