import { failWith } from '../../../src/domain/shared/domain-error';
import { storesApi } from '../../../src/contracts/api/stores';
import QRCode from 'qrcode';
import { ORDERS_ERRORS } from '../../../src/contracts/orders';
import { STORE_ERRORS, type PickupCodeView } from '../../../src/contracts/stores';
import { pickupState } from '../../../src/domain/o2o/pickup-handover';
import { isRefundedInFull } from '../../../src/domain/order/kept-spend';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** The buyer's pickup code and its QR for the counter; someone else's order answers like a missing one. */
export const getMyPickupCode = defineAction(storesApi.actions.getMyPickupCode, async (ctx, input): Promise<PickupCodeView> => {
  const order = await ctx.store.get(COLLECTIONS.orders, input.orderId);
  if (!order || order.buyerId !== ctx.openid) throw failWith(ORDERS_ERRORS.NOT_FOUND, '订单不存在');
  const delivery = order.delivery;
  if (delivery?.kind !== 'PICKUP') throw failWith(STORE_ERRORS.NOT_PICKUP_ORDER, '该订单不是门店自提订单');
  const pickup = await ctx.store.get(COLLECTIONS.pickups, order._id);
  const state = pickupState({ status: order.status, verified: pickup !== null, refundedInFull: isRefundedInFull(order.lines, order.afterSale) });
  return {
    orderId: order._id,
    storeId: delivery.storeId,
    storeName: delivery.storeName,
    code: delivery.pickupCode,
    qrDataUrl: await QRCode.toDataURL(delivery.pickupCode, { margin: 1, width: 240 }),
    state,
    verifiedAt: pickup?.verifiedAt ?? null,
  };
});
