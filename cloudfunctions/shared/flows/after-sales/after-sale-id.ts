import { stableId } from '../scenes/scene-id';

/** A request's id from the order line and the shopper's request id: a retried submit finds the same request. */
export function afterSaleIdFor(orderId: string, lineId: string, requestId: string): string {
  return 'AS' + stableId(['after-sale', orderId, lineId, requestId], 20);
}

/**
 * Where a shopper's after-sale photos are stored (`uploads/<folder>/<content hash>`): a folder derived from the shopper,
 * so a request can only carry photos its own shopper uploaded (no openid in the path).
 */
export function afterSalePhotoFolder(openid: string): string {
  return `after-sales/${stableId(['after-sale-photos', openid], 12)}`;
}
