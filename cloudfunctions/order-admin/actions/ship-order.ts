import { failWith } from '../../../src/domain/shared/domain-error';
import { orderAdminApi } from '../../../src/contracts/api/order-admin';
import { ORDERS_ERRORS } from '../../../src/contracts/orders';
import { assertOrderTransition } from '../../../src/domain/order/order-lifecycle';
import { carrierName } from '../../../src/domain/shipping/carriers';
import { assertActivityShippable } from '../../shared/flows/activities/assert-activity-shippable';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { autoReceiveDaysOf, getMerchantSettings } from '../../shared/flows/merchant/get-merchant-settings';
import { autoReceiveAtMs } from '../../../src/domain/order/auto-receipt';
import { noticeOrderShipped } from '../../shared/flows/notices/notices';
import { toOrderView } from '../../shared/flows/orders/to-order-view';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { moveStatus } from '../../shared/kernel/store/move-status';
import { orderLifecycle } from '../../../src/domain/order/order-lifecycle';

/**
 * HQ ships every order (distributors hold no stock): PAID → SHIPPED with the carrier (WeChat's code, which the
 * shipping upload needs, and the name people read) and the tracking number. The automatic receipt is fixed now:
 * the shop's days after shipment.
 */
export const shipOrder = defineAction(orderAdminApi.actions.shipOrder, async (ctx, input) => {
  const carrier = carrierName(input.carrierCode) ?? input.carrierName;
  if (!carrier) throw failWith(ORDERS_ERRORS.UNKNOWN_CARRIER);
  const autoReceiveDays = autoReceiveDaysOf(await getMerchantSettings(ctx.store));
  const shipped = await ctx.store.runTransaction(async (tx) => {
    const order = await tx.get(COLLECTIONS.orders, input.orderId);
    if (!order) throw failWith(ORDERS_ERRORS.NOT_FOUND, '订单不存在');
    assertOrderTransition(order.status, 'SHIPPED');
    assertActivityShippable(order);
    const shippedAt = ctx.now.toISOString();
    const autoReceiveAt = new Date(autoReceiveAtMs(shippedAt, autoReceiveDays)).toISOString();
    const shipping = { shippedAt, autoReceiveAt, shipment: { carrier, carrierCode: input.carrierCode, trackingNo: input.trackingNo } };
    const patch = { status: 'SHIPPED' as const, ...shipping };
    if (!(await moveStatus(tx, { collection: COLLECTIONS.orders, id: order._id, lifecycle: orderLifecycle, from: order.status, to: 'SHIPPED', patch: shipping }))) {
      throw failWith(ORDERS_ERRORS.BUSY, '订单状态已变化，请刷新');
    }
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'shipOrder', target: order._id, before: { status: order.status }, after: patch });
    return { ...order, ...patch };
  });
  // After the commit: the buyer's message and WeChat's 发货信息录入 (neither may fail the shipment).
  await noticeOrderShipped(ctx, shipped);
  return toOrderView(shipped);
});
