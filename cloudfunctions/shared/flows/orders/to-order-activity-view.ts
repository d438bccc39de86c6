import type { OrderActivityView } from '../../../../src/contracts/orders';
import type { OrderGroupState } from '../../../../src/domain/promotions/order-activity-tags';
import type { OrderActivity } from '../../kernel/docs/activity-docs';

const GROUP_STATES: Record<NonNullable<OrderActivity['groupState']>, OrderGroupState> = { WAITING: 'GROUPING', JOINED: 'GROUPING', SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED' };

/**
 * What an order shows of its activity: the kind; for 拼团 the group state, and the group's id only once the order
 * holds a place (JOINED or an outcome), since an unpaid leader's group does not exist yet. Nothing about commission.
 */
export function toOrderActivityView(a: OrderActivity): OrderActivityView {
  if (a.kind !== 'GROUP_BUY') return { kind: a.kind };
  const state = a.groupState ?? 'WAITING';
  return { kind: a.kind, groupState: GROUP_STATES[state], ...(a.groupId && state !== 'WAITING' ? { groupId: a.groupId } : {}) };
}
