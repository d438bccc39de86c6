import { failWith } from '../../../src/domain/shared/domain-error';
import { ordersApi } from '../../../src/contracts/api/orders';
import { ORDERS_ERRORS, type TrackingView } from '../../../src/contracts/orders';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadOwnOrder } from '../load-own-order';

/**
 * The buyer's parcel: carrier, number and its track, asked of WeChat 物流助手 through the platform port (locally a
 * simulated track). A store pickup has no parcel (its page shows the store and the pickup code); an unshipped order
 * has none yet.
 */
export const getOrderTracking = defineAction(ordersApi.actions.getOrderTracking, async (ctx, input): Promise<TrackingView> => {
  const order = await loadOwnOrder(ctx, input.orderId);
  if (order.delivery?.kind === 'PICKUP') throw failWith(ORDERS_ERRORS.NO_TRACKING);
  const shipment = order.shipment;
  if (!shipment || !order.shippedAt) throw failWith(ORDERS_ERRORS.NO_TRACKING, '订单还未发货');
  const carrierCode = shipment.carrierCode ?? '';
  const result = await ctx.platform.trackWaybill({
    orderId: order._id,
    openid: order.buyerId,
    carrierCode,
    carrierName: shipment.carrier,
    trackingNo: shipment.trackingNo,
    shippedAt: order.shippedAt,
    destination: order.address.region,
    now: ctx.now.toISOString(),
  });
  if (!result.ok) ctx.log.info('no track', { orderId: order._id, reason: result.reason });
  return {
    carrierCode,
    carrier: shipment.carrier,
    trackingNo: shipment.trackingNo,
    shippedAt: order.shippedAt,
    nodes: result.ok ? result.nodes : [],
    source: ctx.platform.mode === 'wechat' ? 'WECHAT' : 'SIMULATED',
    unavailable: result.ok ? (result.nodes.length ? null : '暂无物流轨迹，可复制单号到快递公司查询') : '暂时查不到物流轨迹，可复制单号到快递公司查询',
  };
});
