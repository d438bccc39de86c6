import type { AdminAfterSaleView, AfterSaleView } from '../../../../src/contracts/after-sale';
import type { AfterSaleDoc } from '../../kernel/docs/docs';
import { getMerchantSettings } from '../merchant/get-merchant-settings';
import { loadOrdersById } from '../orders/load-orders-by-id';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';
import { nicknamesOf } from '../users/nicknames-of';

/** While the goods are to go back, the shopper needs the shop's return address. */
const SHOWS_RETURN_ADDRESS = new Set(['APPROVED', 'RETURNING']);

/** Shopper views of a page of requests: their refunds in one query, the return address from the settings. */
export async function toAfterSaleViews(store: Store, docs: readonly AfterSaleDoc[]): Promise<AfterSaleView[]> {
  const refundIds = docs.map((d) => d.refundId).filter((id): id is string => id !== null);
  const refunds = refundIds.length ? await store.find(COLLECTIONS.refunds, { _id: { $in: refundIds } }, { limit: refundIds.length }) : [];
  const byId = new Map(refunds.map((r) => [r._id, r]));
  const needsAddress = docs.some((d) => d.kind === 'RETURN_REFUND' && SHOWS_RETURN_ADDRESS.has(d.status));
  const returnAddress = needsAddress ? (await getMerchantSettings(store)).returnAddress || '请联系商家获取退货地址' : null;
  return docs.map((d) => {
    const refund = d.refundId ? byId.get(d.refundId) : undefined;
    return {
      id: d._id,
      orderId: d.orderId,
      lineId: d.lineId,
      kind: d.kind,
      status: d.status,
      units: d.units,
      fen: d.fen,
      reason: d.reason,
      description: d.description,
      photos: d.photos,
      productTitle: d.productTitle,
      specs: d.specs,
      imageUrl: d.imageUrl,
      returnAddress: d.kind === 'RETURN_REFUND' && SHOWS_RETURN_ADDRESS.has(d.status) ? returnAddress : null,
      returnShipment: d.returnShipment,
      rejectReason: d.rejectReason,
      refund: refund ? { refundId: refund._id, fen: refund.fen, at: refund.createdAt, channelState: refund.channelState ?? null } : null,
      timeline: d.timeline.map(({ status, actor, at, note }) => ({ status, actor, at, note })),
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    };
  });
}

/** Staff views: the shopper views plus who asked and where the order stands (two more queries per page). */
export async function toAdminAfterSaleViews(store: Store, docs: readonly AfterSaleDoc[]): Promise<AdminAfterSaleView[]> {
  const [views, names, orders] = await Promise.all([toAfterSaleViews(store, docs), nicknamesOf(store, docs.map((d) => d.buyerId)), loadOrdersById(store, docs.map((d) => d.orderId))]);
  return views.map((v, i) => {
    const doc = docs[i]!;
    const order = orders.get(doc.orderId);
    if (!order) throw new Error(`after-sale ${doc._id} points at a missing order ${doc.orderId}`);
    return { ...v, buyerId: doc.buyerId, buyerName: names.get(doc.buyerId) ?? '', orderStatus: order.status };
  });
}
