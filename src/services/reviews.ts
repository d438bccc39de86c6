import { REVIEWS_FN, type ReviewsResults } from '../contracts/reviews';
import { callAction } from './call-function';

export const uploadReviewPhoto = (payload: { contentType: 'image/png' | 'image/jpeg'; dataBase64: string }) =>
  callAction<ReviewsResults['uploadReviewPhoto']>(REVIEWS_FN, 'uploadReviewPhoto', payload);

export const submitReview = (payload: { orderId: string; lineId: string; rating: number; text: string; photos: string[] }) =>
  callAction<ReviewsResults['submitReview']>(REVIEWS_FN, 'submitReview', payload);

export const listProductReviews = (payload: { productId: string; withPhotos?: boolean; cursor?: number; limit?: number }) =>
  callAction<ReviewsResults['listProductReviews']>(REVIEWS_FN, 'listProductReviews', payload);
