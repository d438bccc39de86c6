import type { Page } from './paging';

export const REVIEWS_FN = 'reviews';

/** A review as shoppers read it: the reviewer only as a masked nickname, never an openid. */
export interface ReviewView {
  id: string;
  productId: string;
  /** The SKU bought (规格). */
  specs: string;
  nickname: string;
  rating: number;
  text: string;
  photos: string[];
  /** 系统默认好评: written by the shop because the buyer wrote none in time. */
  isDefault: boolean;
  createdAt: string;
  /** The shop's reply (商家回复), if any. */
  reply: { text: string; at: string } | null;
}

/** Staff see the order line too, and whether the review is hidden; still no openid. */
export interface AdminReviewView extends ReviewView {
  orderId: string;
  lineId: string;
  productTitle: string;
  hidden: boolean;
}

export interface ReviewSummary {
  /** Visible reviews. */
  count: number;
  /** Average stars of the visible reviews, one decimal; 0 without any. */
  average: number;
  /** Visible reviews with photos (有图). */
  withPhotos: number;
}

export interface ProductReviewsPage extends Page<ReviewView> {
  summary: ReviewSummary;
}

export { REVIEW_ERRORS } from '../domain/review/review-errors';
