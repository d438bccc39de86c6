import { createHash } from 'node:crypto';
import { isImageOfType } from '../../../../src/domain/shop/image-signature';
import { DomainError } from '../../../../src/domain/shared/domain-error';
import { writeAudit } from '../auth/write-audit';
import type { UserContext } from '../../kernel/context';

const EXTENSIONS = { 'image/png': 'png', 'image/jpeg': 'jpg' } as const;

/**
 * Stores a picture staff upload for a later save (a product's or a store's photos): local `<dataDir>/uploads`,
 * production cloud storage. Named by content hash under `folder`, so a retried upload writes the same file. Only real
 * PNG / JPEG bytes (else `invalidCode`, nothing written). Audited: the file is a write even before a save uses it.
 */
export async function saveStaffImage(
  ctx: UserContext,
  input: { folder: string; contentType: keyof typeof EXTENSIONS; dataBase64: string; invalidCode: string; action: string },
): Promise<{ url: string }> {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (!isImageOfType(bytes, input.contentType)) throw new DomainError(input.invalidCode, '请上传 PNG 或 JPG 图片');
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const key = `${input.folder}/${digest}.${EXTENSIONS[input.contentType]}`;
  const url = await ctx.platform.saveUpload({ key, bytes });
  await writeAudit(ctx.store, ctx, { actorId: ctx.openid, action: input.action, target: key, before: null, after: { url } });
  return { url };
}
