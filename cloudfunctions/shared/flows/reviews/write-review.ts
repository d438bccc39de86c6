import { REVIEW_ERRORS } from '../../../../src/contracts/reviews';
import { reviewRefusal, type ReviewRefusal } from '../../../../src/domain/review/review-rules';
import { failWith, type DomainError, type ErrorDef } from '../../../../src/domain/shared/domain-error';
import type { ReviewDoc } from '../../kernel/docs/review-docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { findLine, lineAfterSale } from '../orders/find-line';

const REFUSALS: Record<ReviewRefusal, ErrorDef> = {
  NOT_RECEIVED: REVIEW_ERRORS.NOT_RECEIVED,
  REFUNDED: REVIEW_ERRORS.REFUNDED,
  ALREADY_REVIEWED: REVIEW_ERRORS.ALREADY_REVIEWED,
};

export function refusalError(refusal: ReviewRefusal): DomainError {
  return failWith(REFUSALS[refusal]);
}

/**
 * Writes one line's review inside the caller's transaction, against the order as it is now: refused unless the line
 * may be reviewed (reviewRefusal), then the review, the order's note of it (and, once every line has one, no more
 * default review due) and the product's review figures by increment — all or nothing.
 */
export async function writeReviewInTx(tx: DocOps, orderId: string, review: ReviewDoc): Promise<void> {
  const order = await tx.get(COLLECTIONS.orders, orderId);
  if (!order) throw failWith(REVIEW_ERRORS.ORDER_NOT_FOUND);
  const line = findLine(order, review.lineId);
  const refusal = reviewRefusal(order, line, lineAfterSale(order, line.lineId).refundedUnits);
  if (refusal) throw refusalError(refusal);
  const reviewed = { ...(order.reviewed ?? {}), [line.lineId]: review._id };
  const done = order.lines.every((l) => reviewed[l.lineId] || lineAfterSale(order, l.lineId).refundedUnits >= l.quantity);
  if (!(await tx.update(COLLECTIONS.orders, order._id, { status: order.status }, { reviewed, ...(done ? { reviewDueAt: null } : {}) }))) {
    throw failWith(REVIEW_ERRORS.BUSY, '订单刚刚有变化，请重试');
  }
  await tx.create(COLLECTIONS.reviews, review);
  await tx.increment(COLLECTIONS.products, review.productId, reviewFigures(review, 1));
}

/** How a review moves its product's figures when it becomes visible (+1) or hidden (−1). */
export function reviewFigures(review: Pick<ReviewDoc, 'rating' | 'hasPhotos'>, sign: 1 | -1): Record<string, number> {
  return { reviewCount: sign, ratingSum: sign * review.rating, photoReviewCount: review.hasPhotos ? sign : 0 };
}
