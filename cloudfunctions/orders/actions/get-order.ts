import { ordersApi } from '../../../src/contracts/api/orders';
import type { OrderDetailView } from '../../../src/contracts/orders';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { loadOwnOrder } from '../load-own-order';
import { toOrderView } from '../../shared/flows/orders/to-order-view';

/** WeChat Pay allows at most 50 partial refunds per payment, so one read holds every refund of an order. */
const MAX_REFUNDS_PER_ORDER = 100;

/** The buyer's order with each refund, its amount, date and whether the money has arrived (退款中 / 已退款). */
export const getOrder = defineAction(ordersApi.actions.getOrder, async (ctx, input): Promise<OrderDetailView> => {
  const order = await loadOwnOrder(ctx, input.orderId);
  const refunds = await ctx.store.find(COLLECTIONS.refunds, { orderId: order._id }, { limit: MAX_REFUNDS_PER_ORDER, orderBy: [{ field: 'createdAt', direction: 'asc' }] });
  return {
    ...toOrderView(order),
    asOf: ctx.now.toISOString(),
    refunds: refunds.map((r) => ({ refundId: r._id, lineId: r.lineId, fen: r.fen, units: r.units, at: r.createdAt, arrived: r.channelState === 'SUCCESS' })),
  };
});
