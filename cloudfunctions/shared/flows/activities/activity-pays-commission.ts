import type { OrderDoc } from '../../kernel/docs/docs';

/** Ordinary orders pay commission; an activity order only if the merchant chose so for that activity (default no). */
export function activityPaysCommission(order: Pick<OrderDoc, 'activity'>): boolean {
  return order.activity ? order.activity.paysCommission : true;
}
