import type { ShippingUploadView } from '../../../../src/contracts/orders';
import type { FunctionContext } from '../../kernel/context';
import type { OrderDoc, OutboxDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';

/** The outbox record of an order's 发货信息录入: one per order, so an event never uploads twice. */
export const shippingOutboxId = (orderId: string) => `ship:${orderId}`;

/**
 * 发货信息录入 for a shipped order (WeChat Pay holds the money of a physical-goods order until it is entered; facts
 * §8). Once per order (outbox `ship:<orderId>`); outside transactions; never throws — a failure is in the outbox,
 * the log and the staff order page, which can retry it (`retryShipping`).
 */
export async function uploadShipping(ctx: FunctionContext, order: OrderDoc): Promise<OutboxDoc['state'] | null> {
  try {
    const shipped = uploadable(order);
    if (!shipped) return null;
    const data = { carrier: shipped.shipment.carrier, carrierCode: shipped.shipment.carrierCode ?? '', trackingNo: shipped.shipment.trackingNo };
    const doc: OutboxDoc = { _id: shippingOutboxId(order._id), kind: 'SHIPPING', userId: order.buyerId, template: null, page: null, data, state: 'PENDING', reason: null, createdAt: ctx.now.toISOString(), sentAt: null };
    if (!(await ctx.store.insert(COLLECTIONS.outbox, doc))) return null;
    return await send(ctx, shipped);
  } catch (error) {
    ctx.log.error('shipping upload failed', { orderId: order._id, requestId: ctx.requestId, error: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

/**
 * Sends a refused upload again. Claimed by compare-and-set FAILED → PENDING, so two staff pressing retry send once.
 * Returns null when there is nothing to retry (no upload, in flight, or accepted).
 */
export async function retryShipping(ctx: FunctionContext, order: OrderDoc): Promise<OutboxDoc['state'] | null> {
  const shipped = uploadable(order);
  if (!shipped) return null;
  if (!(await ctx.store.update(COLLECTIONS.outbox, shippingOutboxId(order._id), { state: 'FAILED' }, { state: 'PENDING', reason: null }))) return null;
  try {
    return await send(ctx, shipped);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await ctx.store.update(COLLECTIONS.outbox, shippingOutboxId(order._id), { state: 'PENDING' }, { state: 'FAILED', reason: reason.slice(0, 200) });
    ctx.log.error('shipping upload failed', { orderId: order._id, requestId: ctx.requestId, error: reason });
    return 'FAILED';
  }
}

type UploadableOrder = OrderDoc & { shipment: NonNullable<OrderDoc['shipment']>; transactionId: string };

/** Only an order paid through WeChat Pay (it has a transaction id) and shipped has anything to upload. */
const uploadable = (order: OrderDoc): UploadableOrder | null => (order.transactionId && order.shipment ? (order as UploadableOrder) : null);

async function send(ctx: FunctionContext, order: UploadableOrder): Promise<OutboxDoc['state']> {
  const id = shippingOutboxId(order._id);
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
  const patch = result.ok ? { state: 'SENT' as const, sentAt: ctx.now.toISOString(), reason: null } : { state: 'FAILED' as const, reason: result.reason.slice(0, 200) };
  await ctx.store.update(COLLECTIONS.outbox, id, { state: 'PENDING' }, patch);
  if (!result.ok) ctx.log.error('shipping upload failed', { orderId: order._id, reason: result.reason, requestId: ctx.requestId });
  return patch.state;
}

/** What staff see of an order's upload (the outbox record), or null when none was made. */
export async function shippingUploadView(store: Store, orderId: string): Promise<ShippingUploadView | null> {
  const doc = await store.get(COLLECTIONS.outbox, shippingOutboxId(orderId));
  if (!doc) return null;
  return { state: doc.state === 'SENT' || doc.state === 'FAILED' ? doc.state : 'PENDING', reason: doc.reason, at: doc.sentAt ?? doc.createdAt };
}
