import type { FunctionContext } from '../context';
import type { OrderDoc, OutboxDoc } from '../docs';
import { COLLECTIONS } from '../store/collections';

/**
 * 发货信息录入 for a shipped order (WeChat Pay holds the money of a physical-goods order until it is entered; facts
 * §8). Once per order (outbox `ship:<orderId>`); outside transactions; never throws — a failure is in the outbox
 * and the log, and staff can enter it in 小程序后台 → 发货信息管理 (docs/deploy.md).
 */
export async function uploadShipping(ctx: FunctionContext, order: OrderDoc): Promise<OutboxDoc['state'] | null> {
  const id = `ship:${order._id}`;
  try {
    if (!order.transactionId || !order.shipment) return null;
    const data = { carrier: order.shipment.carrier, trackingNo: order.shipment.trackingNo };
    const doc: OutboxDoc = { _id: id, kind: 'SHIPPING', userId: order.buyerId, template: null, page: null, data, state: 'PENDING', reason: null, createdAt: ctx.now.toISOString(), sentAt: null };
    if (!(await ctx.store.insert(COLLECTIONS.outbox, doc))) return null;
    const itemDesc = order.lines.map((l) => `${l.title}×${l.quantity}`).join('，');
    const phone = order.address.phone;
    const result = await ctx.platform.uploadShippingInfo({
      transactionId: order.transactionId,
      openid: order.buyerId,
      carrierCode: order.shipment.carrierCode ?? '',
      trackingNo: order.shipment.trackingNo,
      itemDesc,
      receiverContact: phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : phone,
      ...(order.delivery?.kind === 'PICKUP' ? { logisticsType: 4 as const } : {}),
    });
    const patch = result.ok ? { state: 'SENT' as const, sentAt: ctx.now.toISOString() } : { state: 'FAILED' as const, reason: result.reason.slice(0, 200) };
    await ctx.store.update(COLLECTIONS.outbox, id, { state: 'PENDING' }, patch);
    if (!result.ok) ctx.log.error('shipping upload failed', { orderId: order._id, reason: result.reason, requestId: ctx.requestId });
    return patch.state;
  } catch (error) {
    ctx.log.error('shipping upload failed', { orderId: order._id, requestId: ctx.requestId, error: error instanceof Error ? error.message : String(error) });
    return null;
  }
}
