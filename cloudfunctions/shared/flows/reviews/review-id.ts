import { stableId } from '../scenes/scene-id';

/** One review per order line: its id derives from the line, so a second one (or a retried submit) finds the first. */
export function reviewIdFor(orderId: string, lineId: string): string {
  return 'RV' + stableId(['review', orderId, lineId], 20);
}

/** Where a shopper's review photos are stored: a folder derived from the shopper (no openid in the path). */
export function reviewPhotoFolder(openid: string): string {
  return `reviews/${stableId(['review-photos', openid], 12)}`;
}
