import { randomBytes, timingSafeEqual } from 'node:crypto';
import { stableId } from '../scenes/scene-id';
import type { PayRequestDoc } from '../../kernel/docs/activity-docs';

/**
 * One 找人代付 request per order: its document id comes from the order, so the reconcile job finds it without an index.
 * That id is NOT what is shared: anyone who knows the order id (staff, distributors) could derive it.
 */
export const payRequestIdFor = (orderId: string) => 'P' + stableId(['pay-request', orderId], 16);

/** A fresh share key: 80 random bits, drawn once when the request is created and stored on it. */
export const newPayRequestShareKey = () => randomBytes(10).toString('hex');

/** The id on the share card: document id + its random share key, so the order id alone cannot open it. */
export const sharedPayRequestId = (request: Pick<PayRequestDoc, '_id' | 'shareKey'>) => `${request._id}-${request.shareKey ?? ''}`;

/** The document id a shared id names, or null when it is malformed. */
export function parseSharedPayRequestId(shared: string): { docId: string; shareKey: string } | null {
  const [docId, shareKey, ...rest] = shared.split('-');
  return docId && shareKey && rest.length === 0 ? { docId, shareKey } : null;
}

/** Constant-time comparison of a presented share key with the stored one (a request without one opens for nobody). */
export function shareKeyMatches(request: Pick<PayRequestDoc, 'shareKey'>, presented: string): boolean {
  const stored = request.shareKey;
  if (!stored || stored.length !== presented.length) return false;
  return timingSafeEqual(Buffer.from(stored), Buffer.from(presented));
}
