import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';

/**
 * Stamps a FAILED 拼团 order refunded (activity.refundedAt) once refundWholeOrder went through, so the timer's
 * unrefunded sweep stops looking at it. FAILED is final, so compare-and-set on it and the status is enough.
 */
export async function markActivityRefunded(store: Store, orderId: string, nowIso: string): Promise<void> {
  const order = await store.get(COLLECTIONS.orders, orderId);
  const a = order?.activity;
  if (!order || !a || a.groupState !== 'FAILED' || a.refundedAt) return;
  await store.update(COLLECTIONS.orders, order._id, { status: order.status, 'activity.groupState': 'FAILED' }, { activity: { ...a, refundedAt: nowIso } });
}
