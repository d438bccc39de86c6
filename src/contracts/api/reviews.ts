import { defineApi, returns, type ResultsOf } from './define-api';
import { reviewsInputs } from '../reviews-inputs';
import type { ProductReviewsPage, ReviewView } from '../reviews';
import { REVIEWS_FN } from '../reviews';

/** The reviews function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const reviewsApi = defineApi(REVIEWS_FN, {
  listProductReviews: { input: reviewsInputs.listProductReviews, result: returns<ProductReviewsPage>(), permission: 'user' },
  submitReview: { input: reviewsInputs.submitReview, result: returns<ReviewView>(), permission: 'user' },
  uploadReviewPhoto: { input: reviewsInputs.uploadReviewPhoto, result: returns<{ url: string }>(), permission: 'user' },
});

/** Every action's result by name (from the API map). */
export type ReviewsResults = ResultsOf<typeof reviewsApi>;
