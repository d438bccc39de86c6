import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';
import type { OrderActivity } from '../../kernel/docs/activity-docs';

const RANK = { WAITING: 0, JOINED: 1, SUCCEEDED: 2, FAILED: 2 } as const;

/**
 * Records a 拼团 order's group state on the order (what order-admin's ship checks); it only moves forward, and an
 * outcome (SUCCEEDED / FAILED) is final. Compare-and-set on the order's status. FAILED comes with refundedAt: null,
 * what the timer's unrefunded sweep looks for until the refund has gone through.
 */
export async function setGroupState(store: Store, orderId: string, state: NonNullable<OrderActivity['groupState']>): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const order = await store.get(COLLECTIONS.orders, orderId);
    const current = order?.activity?.groupState ?? 'WAITING';
    if (!order?.activity || RANK[current] >= RANK[state]) return;
    if (await store.update(COLLECTIONS.orders, order._id, { status: order.status, 'activity.groupState': order.activity.groupState ?? null }, { activity: { ...order.activity, groupState: state, ...(state === 'FAILED' ? { refundedAt: null } : {}) } })) return;
  }
  throw new Error(`setGroupState: order ${orderId} kept changing`);
}
