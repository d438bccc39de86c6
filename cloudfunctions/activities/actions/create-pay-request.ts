import { failWith } from '../../../src/domain/shared/domain-error';
import { activitiesApi } from '../../../src/contracts/api/activities';
import { ORDERS_ERRORS } from '../../../src/contracts/orders';
import type { PayRequestView } from '../../../src/contracts/activities';
import type { PayRequestDoc } from '../../shared/kernel/docs/activity-docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { newPayRequestShareKey, payRequestIdFor } from '../../shared/flows/activities/pay-request-id-for';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toPayRequestView } from '../to-pay-request-view';

/**
 * 找人代付: the buyer turns one of their unpaid orders into a shareable pay request (one per order; asking again returns
 * it, with the share key drawn the first time: the insert only lands once, and a request saved before share keys
 * existed gets one by compare-and-set, so racing calls agree on one key).
 */
export const createPayRequest = defineAction(activitiesApi.actions.createPayRequest, async (ctx, input): Promise<PayRequestView> => {
  const order = await ctx.store.get(COLLECTIONS.orders, input.orderId);
  if (!order || order.buyerId !== ctx.openid) throw failWith(ORDERS_ERRORS.NOT_FOUND, '订单不存在');
  if (order.status !== 'PENDING_PAY') throw failWith(ORDERS_ERRORS.INVALID_TRANSITION, '订单不是待付款状态');
  const doc: PayRequestDoc = { _id: payRequestIdFor(order._id), orderId: order._id, buyerId: order.buyerId, status: 'OPEN', payerId: null, shareKey: newPayRequestShareKey(), createdAt: ctx.now.toISOString() };
  await ctx.store.insert(COLLECTIONS.payRequests, doc);
  let saved = (await ctx.store.get(COLLECTIONS.payRequests, doc._id)) ?? doc;
  if (!saved.shareKey) {
    await ctx.store.update(COLLECTIONS.payRequests, doc._id, { shareKey: null }, { shareKey: doc.shareKey });
    saved = (await ctx.store.get(COLLECTIONS.payRequests, doc._id)) ?? doc;
  }
  return toPayRequestView(ctx.store, saved, order, ctx.openid);
});
