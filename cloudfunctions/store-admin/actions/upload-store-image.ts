import { createHash } from 'node:crypto';
import { STORE_ERRORS } from '../../../src/contracts/stores';
import { storeAdminInputs } from '../../../src/contracts/stores-inputs';
import { isImageOfType } from '../../../src/domain/shop/image-signature';
import { DomainError } from '../../../src/domain/shared/domain-error';
import { requirePermission } from '../../shared/auth/require-permission';
import { writeAudit } from '../../shared/auth/write-audit';
import { defineAction } from '../../shared/handler/define-action';

const EXTENSIONS = { 'image/png': 'png', 'image/jpeg': 'jpg' } as const;

/**
 * Stores a store photo (local: `<dataDir>/uploads`; production: cloud storage) and returns its URL for saveStore,
 * like uploadProductImage. Named by content hash: a retried upload writes the same file. Only real PNG / JPEG bytes.
 * Audited (the file is a write even before saveStore uses it).
 */
export const uploadStoreImage = defineAction(storeAdminInputs.uploadStoreImage, async (ctx, input): Promise<{ url: string }> => {
  await requirePermission(ctx, 'settings');
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (!isImageOfType(bytes, input.contentType)) throw new DomainError(STORE_ERRORS.INVALID_IMAGE, '请上传 PNG 或 JPG 图片');
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const key = `stores/${digest}.${EXTENSIONS[input.contentType]}`;
  const url = await ctx.platform.saveUpload({ key, bytes });
  await writeAudit(ctx.store, ctx, { actorId: ctx.openid, action: 'uploadStoreImage', target: key, before: null, after: { url } });
  return { url };
});
