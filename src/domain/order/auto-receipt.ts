import { DomainError } from '../shared/domain-error';
import { addDaysMs, MS_PER_DAY, toEpochMs, type Instant } from '../shared/to-epoch-ms';
import type { OrderStatus } from './order-status';

/** The shop's automatic receipt: days after shipment (Taobao / 有赞 use 10 for express). */
export const AUTO_RECEIVE_DAYS = { default: 10, min: 7, max: 30 } as const;
/** 延长收货: the buyer may push the automatic receipt back once, by this many days. */
export const RECEIPT_EXTENSION_DAYS = 3;

/** When a shipped order is received if the buyer does nothing. */
export function autoReceiveAtMs(shippedAt: Instant, autoReceiveDays: number): number {
  return addDaysMs(shippedAt, autoReceiveDays);
}

/**
 * The buyer's one extension: only while the order is SHIPPED (nothing to wait for otherwise) and only once, so a
 * shipment cannot be held open — and its commission unsettled — indefinitely.
 */
export function extendAutoReceiveAtMs(order: { status: OrderStatus; autoReceiveAt: string; receiptExtendedAt?: string | null }): number {
  if (order.status !== 'SHIPPED') throw new DomainError('ORDER.INVALID_TRANSITION', '只有已发货的订单可以延长收货');
  if (order.receiptExtendedAt) throw new DomainError('ORDER.RECEIPT_ALREADY_EXTENDED', '每个订单只能延长一次收货');
  return addDaysMs(order.autoReceiveAt, RECEIPT_EXTENSION_DAYS);
}

/** Whole days left before the automatic receipt, rounded up (「X 天后自动确认收货」); 0 once due. */
export function daysUntilAutoReceipt(autoReceiveAt: Instant, now: Instant): number {
  return Math.max(0, Math.ceil((toEpochMs(autoReceiveAt) - toEpochMs(now)) / MS_PER_DAY));
}
