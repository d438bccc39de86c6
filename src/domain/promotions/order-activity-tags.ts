import type { OrderStatus } from '../order/order-status';
import type { ActivityKind } from '../pricing/price-cart';
import { isNeverPaidOrder } from '../order/order-status-groups';

/**
 * A 拼团 order's group as the buyer and staff see it: GROUPING (unpaid, or paid and waiting for the group to fill),
 * SUCCEEDED (the group filled: it may ship) or FAILED (refused or expired: refunded in full, never ships).
 */
export type OrderGroupState = 'GROUPING' | 'SUCCEEDED' | 'FAILED';

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = { FLASH_SALE: '秒杀', GROUP_BUY: '拼团', BARGAIN: '砍价' };

const GROUP_STATE_LABELS: Record<OrderGroupState, string> = { GROUPING: '拼团中', SUCCEEDED: '拼团成功', FAILED: '拼团失败·已退款' };

export interface OrderActivityTags {
  /** 秒杀 / 拼团 / 砍价. */
  kind: string;
  /** 拼团 only, and not on an unpaid or cancelled order that never joined a group. */
  group: string | null;
}

/** The tags an activity order shows in order lists and details. */
export function orderActivityTags(activity: { kind: ActivityKind; groupState?: OrderGroupState }, status: OrderStatus): OrderActivityTags {
  const state = activity.kind === 'GROUP_BUY' ? activity.groupState : undefined;
  const notInGroup = state === 'GROUPING' && isNeverPaidOrder(status);
  return { kind: ACTIVITY_KIND_LABELS[activity.kind], group: state && !notInGroup ? GROUP_STATE_LABELS[state] : null };
}

/**
 * Why a paid order may not ship yet, or null: a 拼团 order ships only once its group has succeeded (the server's
 * shipOrder refuses it too; this lets the admin page say so before staff try).
 */
export function shipBlockedReason(activity: { kind: ActivityKind; groupState?: OrderGroupState } | undefined): string | null {
  if (activity?.kind !== 'GROUP_BUY' || activity.groupState === 'SUCCEEDED') return null;
  return activity.groupState === 'FAILED' ? '拼团未成功，订单已退款，不能发货' : '拼团尚未成功，成团后才能发货';
}
