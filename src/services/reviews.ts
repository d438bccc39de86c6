import { REVIEWS_FN } from '../contracts/reviews';
import { apiClient } from './call-function';
import type { reviewsApi } from '../contracts/api/reviews';

const reviewsClient = apiClient<typeof reviewsApi>(REVIEWS_FN);

export const uploadReviewPhoto = reviewsClient.uploadReviewPhoto;

export const submitReview = reviewsClient.submitReview;

export const listProductReviews = reviewsClient.listProductReviews;
