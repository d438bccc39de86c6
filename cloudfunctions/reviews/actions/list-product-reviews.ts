import { reviewsApi } from '../../../src/contracts/api/reviews';
import type { ProductReviewsPage } from '../../../src/contracts/reviews';
import { averageRating } from '../../../src/domain/review/review-rules';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { Filter } from '../../shared/kernel/store/store';
import { toReviewView } from '../../shared/flows/reviews/to-review-view';

/**
 * A product's visible reviews newest first (all, or 有图 only) with its figures — average stars, count, with photos —
 * kept on the product by increments: two reads whatever the number of reviews.
 */
export const listProductReviews = defineAction(reviewsApi.actions.listProductReviews, async (ctx, input): Promise<ProductReviewsPage> => {
  const filter: Filter = input.withPhotos ? { productId: input.productId, hidden: false, hasPhotos: true } : { productId: input.productId, hidden: false };
  const [product, page] = await Promise.all([
    ctx.store.get(COLLECTIONS.products, input.productId),
    readPage(input, (skip, limit) => ctx.store.find(COLLECTIONS.reviews, filter, { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }] }), toReviewView),
  ]);
  const count = Math.max(0, product?.reviewCount ?? 0);
  return { ...page, summary: { count, average: averageRating(product?.ratingSum ?? 0, count), withPhotos: Math.max(0, product?.photoReviewCount ?? 0) } };
});
