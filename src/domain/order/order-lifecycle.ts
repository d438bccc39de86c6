import { DomainError } from '../shared/domain-error';
import type { OrderStatus } from './order-status';

/**
 * The single order transition table. Services change status only through a conditional update guarded by
 * assertOrderTransition, so a state the table does not allow can never be written.
 * Per-line refunds (REFUNDING → REFUNDED) are a line lifecycle of their own and are added with the after-sale issue.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  PENDING_PAY: ['PAID', 'CANCELLED'],
  PAID: ['SHIPPED'],
  SHIPPED: ['RECEIVED'],
  RECEIVED: ['COMPLETED'],
  COMPLETED: [],
  CANCELLED: [],
};

export function canTransitionOrder(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from]?.includes(to) ?? false;
}

export function assertOrderTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransitionOrder(from, to)) {
    throw new DomainError('ORDER.INVALID_TRANSITION', '订单状态不允许此操作');
  }
}
