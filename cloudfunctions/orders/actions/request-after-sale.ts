import { ORDERS_ERRORS } from '../../../src/contracts/orders';
import { ordersInputs } from '../../../src/contracts/orders-inputs';
import { DomainError } from '../../../src/domain/shared/domain-error';
import { isAfterSaleWindowOpen } from '../../../src/domain/after-sale/after-sale-window';
import { defineAction } from '../../shared/handler/define-action';
import { getMerchantSettings } from '../../shared/merchant/get-merchant-settings';
import { findLine, lineAfterSale } from '../../shared/orders/find-line';
import { toOrderView } from '../../shared/orders/to-order-view';
import { COLLECTIONS } from '../../shared/store/collections';
import type { OrderDoc } from '../../shared/docs';
import { loadOwnOrder } from '../load-own-order';

/**
 * The buyer asks for a refund of some units of a line (paid, shipped, or received within the after-sale window).
 * While it is open the order's commission does not settle; staff refund or reject it.
 */
export const requestAfterSale = defineAction(ordersInputs.requestAfterSale, async (ctx, input) => {
  const order = await loadOwnOrder(ctx, input.orderId);
  const line = findLine(order, input.lineId);
  const { afterSaleDays } = await getMerchantSettings(ctx.store);
  if (!isAfterSaleWindowOpen(order, ctx.now.toISOString(), afterSaleDays)) throw new DomainError(ORDERS_ERRORS.AFTER_SALE_CLOSED, '该订单已超过售后期，无法申请退款');
  const current = lineAfterSale(order, line.lineId);
  if (current.open) throw new DomainError(ORDERS_ERRORS.AFTER_SALE_OPEN, '这件商品已有进行中的售后申请');
  if (input.units > line.quantity - current.refundedUnits) throw new DomainError(ORDERS_ERRORS.REFUND_EXCEEDS_LINE, '申请数量超过可退数量');

  const afterSale = { ...(order.afterSale ?? {}), [line.lineId]: { ...current, open: { units: input.units, reason: input.reason, requestedAt: ctx.now.toISOString() } } };
  const changed = await ctx.store.update(COLLECTIONS.orders, order._id, { status: order.status, commissionSettledAt: order.commissionSettledAt ?? null }, { afterSale });
  if (!changed) throw new DomainError(ORDERS_ERRORS.BUSY, '订单状态已变化，请刷新');
  return toOrderView({ ...order, afterSale } satisfies OrderDoc);
});
