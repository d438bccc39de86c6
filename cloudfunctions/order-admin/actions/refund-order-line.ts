import { orderAdminInputs } from '../../../src/contracts/orders-inputs';
import { requirePermission } from '../../shared/auth/require-permission';
import { defineAction } from '../../shared/handler/define-action';
import { refundOrderLine as refundLine } from '../../shared/refunds/refund-order-line';
import { COLLECTIONS } from '../../shared/store/collections';
import type { OrderDoc } from '../../shared/docs';
import { noticeAfterSaleRefunded } from '../notice-after-sale-refunded';

/** After-sale: refund all or part of a line (units, or an amount), with the commission following; the shopper is told. */
export const refundOrderLine = defineAction(orderAdminInputs.refundOrderLine, async (ctx, input) => {
  await requirePermission(ctx, 'orders');
  const result = await refundLine(ctx, input);
  const order = await ctx.store.get<OrderDoc>(COLLECTIONS.orders, input.orderId);
  if (order) await noticeAfterSaleRefunded(ctx, order, result.refundId);
  return result;
});
