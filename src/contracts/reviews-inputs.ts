import { z } from 'zod';
import { MAX_REPLY_TEXT, MAX_REVIEW_PHOTOS, MAX_REVIEW_TEXT } from '../domain/review/review-rules';
import { pageInput } from './page-input';

const ORDER_ID = z.string().regex(/^[0-9A-Za-z_-]{8,32}$/);
const LINE_ID = z.string().regex(/^[0-9A-Za-z_-]{8,32}-\d{1,2}$/);
const REVIEW_ID = z.string().regex(/^RV[0-9A-Za-z]{8,40}$/);
const PRODUCT_ID = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/);

/** Payload schemas of the reviews function (shoppers). */
export const reviewsInputs = {
  uploadReviewPhoto: z
    .object({
      contentType: z.enum(['image/png', 'image/jpeg']),
      // ≈ 70 KB of image: the whole call must stay under the 100 KB body limit of CloudBase and the gateway.
      dataBase64: z.string().min(8).max(96_000).regex(/^[A-Za-z0-9+/]+={0,2}$/),
    })
    .strict(),
  submitReview: z
    .object({
      orderId: ORDER_ID,
      lineId: LINE_ID,
      rating: z.number().int().min(1, '请选择 1–5 星').max(5, '请选择 1–5 星'),
      text: z.string().trim().max(MAX_REVIEW_TEXT, `评价最多 ${MAX_REVIEW_TEXT} 字`),
      /** URLs uploadReviewPhoto returned for this shopper. */
      photos: z.array(z.string().min(1).max(300)).max(MAX_REVIEW_PHOTOS, `最多 ${MAX_REVIEW_PHOTOS} 张图片`),
    })
    .strict(),
  listProductReviews: z.object({ productId: PRODUCT_ID, withPhotos: z.boolean().optional(), ...pageInput }).strict(),
};

/** Payload schemas of staff's review actions (product-admin function, 'products' permission). */
export const reviewAdminInputs = {
  listReviews: z.object({ productId: PRODUCT_ID.optional(), ...pageInput }).strict(),
  setReviewHidden: z.object({ reviewId: REVIEW_ID, hidden: z.boolean() }).strict(),
  replyReview: z.object({ reviewId: REVIEW_ID, text: z.string().trim().min(1, '请填写回复').max(MAX_REPLY_TEXT) }).strict(),
};
