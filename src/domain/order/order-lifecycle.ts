import { DomainError } from '../shared/domain-error';
import type { OrderStatus } from './order-status';

/**
 * The single order transition table. Services change status only through a conditional update guarded by
 * assertOrderTransition, so a state the table does not allow can never be written.
 * Refunds and after-sale requests are per line and do not move the order, except that an order refunded in full
 * (nothing kept: src/domain/order/kept-spend.ts) is CLOSED — whatever it had reached after payment — so it can no
 * longer ship, be handed over at a store or settle.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  PENDING_PAY: ['PAID', 'CANCELLED'],
  PAID: ['SHIPPED', 'CLOSED'],
  SHIPPED: ['RECEIVED', 'CLOSED'],
  RECEIVED: ['COMPLETED', 'CLOSED'],
  COMPLETED: ['CLOSED'],
  CANCELLED: [],
  CLOSED: [],
};

export function canTransitionOrder(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from]?.includes(to) ?? false;
}

export function assertOrderTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransitionOrder(from, to)) {
    throw new DomainError('ORDER.INVALID_TRANSITION', '订单状态不允许此操作');
  }
}
