import { defineLifecycle } from '../shared/define-lifecycle';
import type { OrderStatus } from './order-status';

/**
 * The single order transition table. Services change status only through moveStatus (a compare-and-set the
 * table guards), so a state the table does not allow can never be written.
 * Refunds and after-sale requests are per line and do not move the order, except that an order refunded in full
 * (nothing kept: src/domain/order/kept-spend.ts) is CLOSED — whatever it had reached after payment — so it can no
 * longer ship, be handed over at a store or settle.
 */
export const orderLifecycle = defineLifecycle<OrderStatus>({
  transitions: {
    PENDING_PAY: ['PAID', 'CANCELLED'],
    PAID: ['SHIPPED', 'CLOSED'],
    SHIPPED: ['RECEIVED', 'CLOSED'],
    RECEIVED: ['COMPLETED', 'CLOSED'],
    COMPLETED: ['CLOSED'],
    CANCELLED: [],
    CLOSED: [],
  },
  initial: ['PENDING_PAY'],
  terminal: ['CANCELLED', 'CLOSED'],
  error: { code: 'ORDER.INVALID_TRANSITION', message: '订单状态不允许此操作' },
});

export const ORDER_TRANSITIONS = orderLifecycle.transitions;
export const canTransitionOrder = orderLifecycle.can;
export const assertOrderTransition = orderLifecycle.assert;
