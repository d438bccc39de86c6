import { failWith } from '../../../src/domain/shared/domain-error';
import { ordersApi } from '../../../src/contracts/api/orders';
import { createHash } from 'node:crypto';
import { AFTER_SALE_ERRORS } from '../../../src/contracts/after-sale';
import { isImageOfType } from '../../../src/domain/shop/image-signature';
import { afterSalePhotoFolder } from '../../shared/flows/after-sales/after-sale-id';
import { defineAction } from '../../shared/kernel/handler/define-action';

const EXTENSIONS = { 'image/png': 'png', 'image/jpeg': 'jpg' } as const;

/**
 * One photo for an after-sale request (local `<dataDir>/uploads`, production cloud storage), in the shopper's own
 * folder and named by content hash, so a retried upload writes the same file and a request can carry only its own
 * shopper's photos. Only real PNG / JPEG bytes.
 */
export const uploadAfterSalePhoto = defineAction(ordersApi.actions.uploadAfterSalePhoto, async (ctx, input) => {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (!isImageOfType(bytes, input.contentType)) throw failWith(AFTER_SALE_ERRORS.INVALID_PHOTO, '请上传 PNG 或 JPG 图片');
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return { url: await ctx.platform.saveUpload({ key: `${afterSalePhotoFolder(ctx.openid)}/${digest}.${EXTENSIONS[input.contentType]}`, bytes }) };
});
