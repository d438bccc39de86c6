import { ORDERS_ERRORS } from '../../../src/contracts/orders';
import { orderAdminInputs } from '../../../src/contracts/orders-inputs';
import { DomainError } from '../../../src/domain/shared/domain-error';
import { requirePermission } from '../../shared/auth/require-permission';
import { writeAudit } from '../../shared/auth/write-audit';
import { defineAction } from '../../shared/handler/define-action';
import { findLine, lineAfterSale } from '../../shared/orders/find-line';
import { toOrderView } from '../../shared/orders/to-order-view';
import { COLLECTIONS } from '../../shared/store/collections';
import type { OrderDoc } from '../../shared/docs';

/** Staff decline an open after-sale request; the order's commission may settle again. */
export const rejectAfterSale = defineAction(orderAdminInputs.rejectAfterSale, async (ctx, input) => {
  await requirePermission(ctx, 'orders');
  const updated = await ctx.store.runTransaction(async (tx) => {
    const order = await tx.get<OrderDoc>(COLLECTIONS.orders, input.orderId);
    if (!order) throw new DomainError(ORDERS_ERRORS.NOT_FOUND, '订单不存在');
    const line = findLine(order, input.lineId);
    const current = lineAfterSale(order, line.lineId);
    if (!current.open) throw new DomainError(ORDERS_ERRORS.NO_AFTER_SALE, '这件商品没有进行中的售后申请');
    const afterSale = { ...(order.afterSale ?? {}), [line.lineId]: { ...current, open: null } };
    await tx.update(COLLECTIONS.orders, order._id, { status: order.status }, { afterSale });
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'rejectAfterSale', target: `${order._id}/${line.lineId}`, before: current, after: { open: null, reason: input.reason } });
    return { ...order, afterSale };
  });
  return toOrderView(updated);
});
