import type { OrderDoc } from '../../kernel/docs/docs';

/**
 * Ordinary orders pay commission; an activity order only if the merchant chose so for that activity (default no);
 * a 优惠买单 payment only if its store's setting said so when it was made (default no).
 */
export function activityPaysCommission(order: Pick<OrderDoc, 'activity' | 'counter'>): boolean {
  if (order.counter) return order.counter.paysCommission;
  return order.activity ? order.activity.paysCommission : true;
}
