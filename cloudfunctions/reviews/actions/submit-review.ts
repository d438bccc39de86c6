import { reviewsApi } from '../../../src/contracts/api/reviews';
import { REVIEW_ERRORS, type ReviewView } from '../../../src/contracts/reviews';
import { maskNickname, reviewRefusal } from '../../../src/domain/review/review-rules';
import { failWith, isDomainError } from '../../../src/domain/shared/domain-error';
import type { UserContext } from '../../shared/kernel/context';
import type { ReviewDoc } from '../../shared/kernel/docs/review-docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { findLine, lineAfterSale } from '../../shared/flows/orders/find-line';
import { reviewIdFor, reviewPhotoFolder } from '../../shared/flows/reviews/review-id';
import { toReviewView } from '../../shared/flows/reviews/to-review-view';
import { refusalError, writeReviewInTx } from '../../shared/flows/reviews/write-review';

/**
 * 发表评价: the buyer reviews one line of their own received order — 1–5 stars, text (content-checked like every text
 * a user writes for others), up to 6 of their own uploaded photos. One per line: the id derives from the line, so a
 * retried submit returns the review already written, and a line that has one (the buyer's or the default) is refused.
 */
export const submitReview = defineAction(reviewsApi.actions.submitReview, async (ctx, input): Promise<ReviewView> => {
  const reviewId = reviewIdFor(input.orderId, input.lineId);
  const [order, existing, user] = await Promise.all([
    ctx.store.get(COLLECTIONS.orders, input.orderId),
    ctx.store.get(COLLECTIONS.reviews, reviewId),
    ctx.store.get(COLLECTIONS.users, ctx.openid),
  ]);
  // Someone else's order is as good as none: nothing about it is told.
  if (!order || order.buyerId !== ctx.openid) throw failWith(REVIEW_ERRORS.ORDER_NOT_FOUND);
  if (existing && !existing.isDefault) return toReviewView(existing);
  const line = findLine(order, input.lineId);
  const refusal = reviewRefusal(order, line, lineAfterSale(order, line.lineId).refundedUnits);
  if (refusal) throw refusalError(refusal);
  const folder = reviewPhotoFolder(ctx.openid);
  if (input.photos.some((url) => !url.includes(`${folder}/`))) throw failWith(REVIEW_ERRORS.INVALID_PHOTO, '请使用本次上传的图片');
  if (input.text) await checkReviewText(ctx, input.text);

  const review: ReviewDoc = {
    _id: reviewId,
    orderId: order._id,
    lineId: line.lineId,
    productId: line.productId,
    productTitle: line.title,
    specs: line.specs,
    buyerId: ctx.openid,
    nickname: maskNickname(user?.nickname),
    rating: input.rating,
    text: input.text,
    photos: [...new Set(input.photos)],
    hasPhotos: input.photos.length > 0,
    isDefault: false,
    hidden: false,
    reply: null,
    createdAt: ctx.now.toISOString(),
  };
  await ctx.store.runTransaction((tx) => writeReviewInTx(tx, order._id, review));
  return toReviewView(review);
});

async function checkReviewText(ctx: UserContext, text: string): Promise<void> {
  let verdict;
  try {
    verdict = await ctx.platform.checkText({ openid: ctx.openid, text });
  } catch (error) {
    if (isDomainError(error)) throw failWith(REVIEW_ERRORS.CONTENT_CHECK_FAILED, error.message);
    throw error;
  }
  if (!verdict.pass) throw failWith(REVIEW_ERRORS.CONTENT_REJECTED, `评价含有不适宜的内容（${verdict.label}），请修改后再提交`);
}
