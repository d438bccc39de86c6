import type { OrderStatus } from '../order/order-status';

/** Up to this many photos per review (as an after-sale request). */
export const MAX_REVIEW_PHOTOS = 6;
export const MAX_REVIEW_TEXT = 500;
export const MAX_REPLY_TEXT = 300;
/** A line nobody reviewed gets the shop's default positive review this many days after receipt (as CRMEB does). */
export const DEFAULT_REVIEW_DAYS = 7;
export const DEFAULT_REVIEW_TEXT = '系统默认好评';
export const DEFAULT_REVIEW_RATING = 5;

/** An order can be reviewed once the buyer has it: received, and still so after its after-sale window. */
export const REVIEWABLE_STATUSES: readonly OrderStatus[] = ['RECEIVED', 'COMPLETED'];

export type ReviewRefusal = 'NOT_RECEIVED' | 'REFUNDED' | 'ALREADY_REVIEWED';

/**
 * Whether the buyer may review one line now: after receipt, not for a line whose every unit came back, and once per
 * line (a default review counts as the line's review).
 */
export function reviewRefusal(order: { status: OrderStatus; reviewed?: Readonly<Record<string, string>> }, line: { lineId: string; quantity: number }, refundedUnits: number): ReviewRefusal | null {
  if (!REVIEWABLE_STATUSES.includes(order.status)) return 'NOT_RECEIVED';
  if (refundedUnits >= line.quantity) return 'REFUNDED';
  if (order.reviewed?.[line.lineId]) return 'ALREADY_REVIEWED';
  return null;
}

/** What others see instead of the reviewer: the first character of the nickname and asterisks (匿名用户 when none). */
export function maskNickname(nickname: string | null | undefined): string {
  const chars = [...(nickname ?? '').trim()];
  if (chars.length === 0) return '匿名用户';
  return `${chars[0]}***`;
}

/** The average rating to one decimal (0 when there is none). */
export function averageRating(ratingSum: number, count: number): number {
  return count > 0 ? Math.round((ratingSum / count) * 10) / 10 : 0;
}

/** When a received order's lines get their default review. */
export function defaultReviewDueAt(receivedAt: string): string {
  return new Date(Date.parse(receivedAt) + DEFAULT_REVIEW_DAYS * 86_400_000).toISOString();
}
