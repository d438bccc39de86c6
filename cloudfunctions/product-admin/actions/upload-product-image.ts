import { createHash } from 'node:crypto';
import { PRODUCT_ADMIN_ERRORS } from '../../../src/contracts/product-admin';
import { productAdminInputs } from '../../../src/contracts/product-admin-inputs';
import { isImageOfType } from '../../../src/domain/shop/image-signature';
import { DomainError } from '../../../src/domain/shared/domain-error';
import { requirePermission } from '../../shared/auth/require-permission';
import { defineAction } from '../../shared/handler/define-action';

const EXTENSIONS = { 'image/png': 'png', 'image/jpeg': 'jpg' } as const;

/**
 * Stores a product picture (local: `<dataDir>/uploads`; production: cloud storage) and returns its URL for
 * saveProduct. Named by content hash: a retried upload writes the same file. Only real PNG / JPEG bytes.
 */
export const uploadProductImage = defineAction(productAdminInputs.uploadProductImage, async (ctx, input): Promise<{ url: string }> => {
  await requirePermission(ctx, 'products');
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (!isImageOfType(bytes, input.contentType)) throw new DomainError(PRODUCT_ADMIN_ERRORS.INVALID_IMAGE, '请上传 PNG 或 JPG 图片');
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return { url: await ctx.platform.saveUpload({ key: `products/${digest}.${EXTENSIONS[input.contentType]}`, bytes }) };
});
