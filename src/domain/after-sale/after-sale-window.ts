import type { OrderStatus } from '../order/order-status';
import { addDaysMs, toEpochMs, type Instant } from '../shared/to-epoch-ms';

/** When the shopper's after-sale window closes: the shop's after-sale days after receipt. */
export function afterSaleWindowEndsMs(receivedAt: Instant, afterSaleDays: number): number {
  return addDaysMs(receivedAt, afterSaleDays);
}

export interface WindowOrder {
  status: OrderStatus;
  receivedAt?: string | null;
  /** Fixed at receipt; older orders lack it and fall back to receipt + the shop's current after-sale days. */
  afterSaleEndsAt?: string | null;
}

/**
 * Whether the shopper may still open an after-sale request: from payment until the window after receipt closes.
 * A completed order has settled, which only happens once the window has closed; a closed order has nothing left.
 */
export function isAfterSaleWindowOpen(order: WindowOrder, now: Instant, afterSaleDays: number): boolean {
  if (order.status === 'PAID' || order.status === 'SHIPPED') return true;
  if (order.status !== 'RECEIVED' || !order.receivedAt) return false;
  const endsMs = order.afterSaleEndsAt ? toEpochMs(order.afterSaleEndsAt) : afterSaleWindowEndsMs(order.receivedAt, afterSaleDays);
  return toEpochMs(now) < endsMs;
}
