import { reviewsApi } from '../../../src/contracts/api/reviews';
import { createHash } from 'node:crypto';
import { REVIEW_ERRORS } from '../../../src/contracts/reviews';
import { failWith } from '../../../src/domain/shared/domain-error';
import { isImageOfType } from '../../../src/domain/shop/image-signature';
import { reviewPhotoFolder } from '../../shared/flows/reviews/review-id';
import { defineAction } from '../../shared/kernel/handler/define-action';

const EXTENSIONS = { 'image/png': 'png', 'image/jpeg': 'jpg' } as const;

/**
 * One review photo (as after-sale photos: local `<dataDir>/uploads`, production cloud storage), in the shopper's own
 * folder and named by content hash, so a retried upload writes the same file and a review can carry only its own
 * shopper's photos. Only real PNG / JPEG bytes.
 */
export const uploadReviewPhoto = defineAction(reviewsApi.actions.uploadReviewPhoto, async (ctx, input) => {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (!isImageOfType(bytes, input.contentType)) throw failWith(REVIEW_ERRORS.INVALID_PHOTO);
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return { url: await ctx.platform.saveUpload({ key: `${reviewPhotoFolder(ctx.openid)}/${digest}.${EXTENSIONS[input.contentType]}`, bytes }) };
});
