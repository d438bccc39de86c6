import { reviewsApi } from '../../src/contracts/api/reviews';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { listProductReviews } from './actions/list-product-reviews';
import { submitReview } from './actions/submit-review';
import { uploadReviewPhoto } from './actions/upload-review-photo';

/** 商品评价 (shoppers): review a received order line with stars, text and photos; read a product's reviews. Staff manage them in product-admin. */
export const reviewsHandler = createHandler(reviewsApi, { uploadReviewPhoto, submitReview, listProductReviews });
