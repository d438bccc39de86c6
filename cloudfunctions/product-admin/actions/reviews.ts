import { productAdminApi } from '../../../src/contracts/api/product-admin';
import type { Page } from '../../../src/contracts/paging';
import { REVIEW_ERRORS, type AdminReviewView } from '../../../src/contracts/reviews';
import { failWith } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { toAdminReviewView } from '../../shared/flows/reviews/to-review-view';
import { reviewFigures } from '../../shared/flows/reviews/write-review';
import type { ReviewDoc } from '../../shared/kernel/docs/review-docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { DocOps } from '../../shared/kernel/store/store';

async function loadReview(tx: DocOps, reviewId: string): Promise<ReviewDoc> {
  const review = await tx.get(COLLECTIONS.reviews, reviewId);
  if (!review) throw failWith(REVIEW_ERRORS.NOT_FOUND);
  return review;
}

/** 评价管理: every review newest first (hidden ones too), or one product's. */
export const listReviews = defineAction(productAdminApi.actions.listReviews, async (ctx, input): Promise<Page<AdminReviewView>> => {
  return readPage(
    input,
    (skip, limit) => ctx.store.find(COLLECTIONS.reviews, input.productId ? { productId: input.productId } : {}, { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }] }),
    toAdminReviewView,
  );
});

/**
 * 隐藏 / 显示: a hidden review leaves the product page and its figures (average, count, 有图) by increment in the same
 * transaction; repeating changes nothing. Audited.
 */
export const setReviewHidden = defineAction(productAdminApi.actions.setReviewHidden, async (ctx, input): Promise<AdminReviewView> => {
  return ctx.store.runTransaction(async (tx) => {
    const review = await loadReview(tx, input.reviewId);
    if (review.hidden === input.hidden) return toAdminReviewView(review);
    if (!(await tx.update(COLLECTIONS.reviews, review._id, { hidden: review.hidden }, { hidden: input.hidden }))) throw failWith(REVIEW_ERRORS.BUSY);
    await tx.increment(COLLECTIONS.products, review.productId, reviewFigures(review, input.hidden ? -1 : 1));
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: input.hidden ? 'hideReview' : 'showReview', target: review._id, before: { hidden: review.hidden }, after: { hidden: input.hidden } });
    return toAdminReviewView({ ...review, hidden: input.hidden });
  });
});

/** 商家回复: one reply per review, shown under it; a new reply replaces the old. Audited. */
export const replyReview = defineAction(productAdminApi.actions.replyReview, async (ctx, input): Promise<AdminReviewView> => {
  return ctx.store.runTransaction(async (tx) => {
    const review = await loadReview(tx, input.reviewId);
    if (review.reply?.text === input.text) return toAdminReviewView(review);
    const reply = { text: input.text, at: ctx.now.toISOString(), byStaffId: ctx.openid };
    await tx.update(COLLECTIONS.reviews, review._id, {}, { reply });
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'replyReview', target: review._id, before: review.reply, after: reply });
    return toAdminReviewView({ ...review, reply });
  });
});
