import { defineLifecycle } from '../shared/define-lifecycle';
import { DomainError } from '../shared/domain-error';
import type { GroupStatus } from './activity-status';

/**
 * OPEN: the leader opened it and friends may join. FULL: the last place was taken. SUCCEEDED: every member's order
 * goes ahead. EXPIRED: not full in time; every member is refunded (terminal). Declared once, as GroupStatus.
 */
export type GroupBuyStatus = GroupStatus;

/** The single 拼团 lifecycle. A FULL group can no longer expire: its members already won their places. */
export const groupBuyLifecycle = defineLifecycle<GroupBuyStatus>({
  transitions: {
    OPEN: ['FULL', 'EXPIRED'],
    FULL: ['SUCCEEDED'],
    SUCCEEDED: [],
    EXPIRED: [],
  },
  initial: ['OPEN'],
  terminal: ['SUCCEEDED', 'EXPIRED'],
  error: { code: 'GROUP_BUY.INVALID_TRANSITION', message: '拼团状态不允许此操作' },
});

export const GROUP_BUY_TRANSITIONS = groupBuyLifecycle.transitions;
export const canTransitionGroupBuy = groupBuyLifecycle.can;
export const assertGroupBuyTransition = groupBuyLifecycle.assert;

export interface GroupBuy {
  status: GroupBuyStatus;
  /** N people, the leader included. */
  requiredMembers: number;
  /** Paid members in joining order, leader first. */
  memberIds: readonly string[];
  expiresAtMs: number;
}

export type GroupJoinDecision =
  | { ok: true; nextStatus: 'OPEN' | 'FULL' }
  | { ok: false; reason: 'NOT_OPEN' | 'EXPIRED' | 'ALREADY_MEMBER' };

/**
 * Whether a user may take a place. The shell writes the join with a conditional update on the member count, so two
 * friends racing for the last place cannot both get it; the loser's payment is refunded.
 */
export function decideGroupJoin(group: GroupBuy, userId: string, nowMs: number): GroupJoinDecision {
  if (group.status !== 'OPEN') return { ok: false, reason: 'NOT_OPEN' };
  if (nowMs >= group.expiresAtMs) return { ok: false, reason: 'EXPIRED' };
  if (group.memberIds.includes(userId)) return { ok: false, reason: 'ALREADY_MEMBER' };
  return { ok: true, nextStatus: group.memberIds.length + 1 >= group.requiredMembers ? 'FULL' : 'OPEN' };
}

/** Called by the expiry timer: an OPEN group past its deadline expires and refunds every member, leader included. */
export function decideGroupExpiry(
  group: GroupBuy,
  nowMs: number,
): { expire: true; refundMemberIds: string[] } | { expire: false } {
  if (group.status !== 'OPEN' || nowMs < group.expiresAtMs) return { expire: false };
  return { expire: true, refundMemberIds: [...group.memberIds] };
}

/** A group opened at openedAtMs is joinable for `hours` hours. */
export function groupExpiresAt(openedAtMs: number, hours: number): number {
  if (!Number.isInteger(hours) || hours < 1) {
    throw new DomainError('GROUP_BUY.INVALID_DURATION', '成团时限必须是正整数小时');
  }
  return openedAtMs + hours * 3_600_000;
}
