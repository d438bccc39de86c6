import type { OrderStatus } from './order-status';

/**
 * Order statuses grouped by what they mean, the one place each group is written (server and client read these).
 * - paid: the buyer paid and the order goes on (not closed by a full refund);
 * - refundable: money may still be refunded — paid, or CLOSED, which may still hold money (every unit back but only
 *   part of the money); the per-line checks stop anything beyond what was paid;
 * - never paid: no money arrived (awaiting payment, or cancelled unpaid).
 */
export const PAID_ORDER_STATUSES: readonly OrderStatus[] = ['PAID', 'SHIPPED', 'RECEIVED', 'COMPLETED'];

export const REFUNDABLE_ORDER_STATUSES: readonly OrderStatus[] = [...PAID_ORDER_STATUSES, 'CLOSED'];

export const NEVER_PAID_ORDER_STATUSES: readonly OrderStatus[] = ['PENDING_PAY', 'CANCELLED'];

export const isPaidOrder = (status: OrderStatus): boolean => PAID_ORDER_STATUSES.includes(status);

export const isRefundableOrder = (status: OrderStatus): boolean => REFUNDABLE_ORDER_STATUSES.includes(status);

export const isNeverPaidOrder = (status: OrderStatus): boolean => NEVER_PAID_ORDER_STATUSES.includes(status);
