import type { AdminReviewView, ReviewView } from '../../../../src/contracts/reviews';
import type { ReviewDoc } from '../../kernel/docs/review-docs';

/** A review as shoppers see it: never the buyer's openid, never staff's. */
export function toReviewView(r: ReviewDoc): ReviewView {
  return {
    id: r._id,
    productId: r.productId,
    specs: r.specs,
    nickname: r.nickname,
    rating: r.rating,
    text: r.text,
    photos: r.photos,
    isDefault: r.isDefault,
    createdAt: r.createdAt,
    reply: r.reply ? { text: r.reply.text, at: r.reply.at } : null,
  };
}

export function toAdminReviewView(r: ReviewDoc): AdminReviewView {
  return { ...toReviewView(r), orderId: r.orderId, lineId: r.lineId, productTitle: r.productTitle, hidden: r.hidden };
}
