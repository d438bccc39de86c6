import { orderAdminApi } from '../../../src/contracts/api/order-admin';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { refundOrderLine as refundLine } from '../../shared/flows/refunds/refund-order-line';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { noticeAfterSaleRefunded } from '../notice-after-sale-refunded';

/** After-sale: refund all or part of a line (units, or an amount), with the commission following; the shopper is told. */
export const refundOrderLine = defineAction(orderAdminApi.actions.refundOrderLine, async (ctx, input) => {
  const result = await refundLine(ctx, input);
  const order = await ctx.store.get(COLLECTIONS.orders, input.orderId);
  if (order) await noticeAfterSaleRefunded(ctx, order, result.refundId);
  return result;
});
