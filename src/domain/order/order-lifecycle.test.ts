import { isDomainError } from '../shared/domain-error';
import { assertOrderTransition, canTransitionOrder, ORDER_TRANSITIONS } from './order-lifecycle';
import { ORDER_STATUSES, type OrderStatus } from './order-status';

const ALLOWED: ReadonlyArray<[OrderStatus, OrderStatus]> = [
  ['PENDING_PAY', 'PAID'],
  ['PENDING_PAY', 'CANCELLED'],
  ['PAID', 'SHIPPED'],
  ['SHIPPED', 'RECEIVED'],
  ['RECEIVED', 'COMPLETED'],
  ['PAID', 'CLOSED'],
  ['SHIPPED', 'CLOSED'],
  ['RECEIVED', 'CLOSED'],
  ['COMPLETED', 'CLOSED'],
];
const isAllowed = (from: OrderStatus, to: OrderStatus) => ALLOWED.some(([f, t]) => f === from && t === to);
const allPairs = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => [from, to] as [OrderStatus, OrderStatus]));

describe('order lifecycle', () => {
  it('has a row for every status and only known targets', () => {
    expect(Object.keys(ORDER_TRANSITIONS).sort()).toEqual([...ORDER_STATUSES].sort());
    for (const targets of Object.values(ORDER_TRANSITIONS)) {
      for (const to of targets) expect(ORDER_STATUSES).toContain(to);
    }
  });

  it('treats CANCELLED and CLOSED as final; a completed order can still be closed by a full refund', () => {
    expect(ORDER_TRANSITIONS.CANCELLED).toEqual([]);
    expect(ORDER_TRANSITIONS.CLOSED).toEqual([]);
    expect(ORDER_TRANSITIONS.COMPLETED).toEqual(['CLOSED']);
  });

  it('reaches every status from PENDING_PAY', () => {
    const seen = new Set<OrderStatus>(['PENDING_PAY']);
    const queue: OrderStatus[] = ['PENDING_PAY'];
    while (queue.length) {
      for (const to of ORDER_TRANSITIONS[queue.shift()!]) {
        if (!seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
    expect([...seen].sort()).toEqual([...ORDER_STATUSES].sort());
  });

  it.each(allPairs)('%s → %s is allowed exactly when the agreed design says so', (from, to) => {
    const expected = isAllowed(from, to);
    expect(canTransitionOrder(from, to)).toBe(expected);
    if (expected) {
      expect(() => assertOrderTransition(from, to)).not.toThrow();
    } else {
      let error: unknown;
      try {
        assertOrderTransition(from, to);
      } catch (e) {
        error = e;
      }
      expect(isDomainError(error) && error.code).toBe('ORDER.INVALID_TRANSITION');
      expect(isDomainError(error) && error.message).toBe('订单状态不允许此操作');
    }
  });
});
