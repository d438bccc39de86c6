import { orderAdminInputs } from '../../../src/contracts/orders-inputs';
import { requirePermission } from '../../shared/auth/require-permission';
import { defineAction } from '../../shared/handler/define-action';
import { refundOrderLine as refundLine } from '../../shared/refunds/refund-order-line';

/** After-sale: refund all or part of a line (units, or an amount), with the commission following. */
export const refundOrderLine = defineAction(orderAdminInputs.refundOrderLine, async (ctx, input) => {
  await requirePermission(ctx, 'orders');
  return refundLine(ctx, input);
});
