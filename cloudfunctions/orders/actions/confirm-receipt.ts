import { failWith } from '../../../src/domain/shared/domain-error';
import { ordersApi } from '../../../src/contracts/api/orders';
import { ORDERS_ERRORS } from '../../../src/contracts/orders';
import { assertOrderTransition } from '../../../src/domain/order/order-lifecycle';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getMerchantSettings } from '../../shared/flows/merchant/get-merchant-settings';
import { receiptPatch } from '../../shared/flows/orders/receipt-patch';
import { toOrderView } from '../../shared/flows/orders/to-order-view';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { OrderDoc } from '../../shared/kernel/docs/docs';
import { loadOwnOrder } from '../load-own-order';
import { moveStatus } from '../../shared/kernel/store/move-status';
import { orderLifecycle } from '../../../src/domain/order/order-lifecycle';

/**
 * The buyer confirms receipt: SHIPPED → RECEIVED. The after-sale window and the freeze period start now; the
 * settlement job settles the commission once both have passed with no after-sale open. Repeating is a no-op.
 */
export const confirmReceipt = defineAction(ordersApi.actions.confirmReceipt, async (ctx, input) => {
  const order = await loadOwnOrder(ctx, input.orderId);
  if (order.status === 'RECEIVED' || order.status === 'COMPLETED') return toOrderView(order);
  assertOrderTransition(order.status, 'RECEIVED');
  const { afterSaleDays } = await getMerchantSettings(ctx.store);
  const receipt = receiptPatch(order, ctx.now.toISOString(), afterSaleDays, 'BUYER');
  const changed = await moveStatus(ctx.store, { collection: COLLECTIONS.orders, id: order._id, lifecycle: orderLifecycle, from: order.status, to: 'RECEIVED', patch: receipt });
  if (!changed) throw failWith(ORDERS_ERRORS.BUSY, '订单状态已变化，请刷新');
  return toOrderView({ ...order, ...receipt, status: 'RECEIVED' } satisfies OrderDoc);
});
