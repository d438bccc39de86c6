import { distributorApi } from '../../../src/contracts/api/distributor';
import { createHash } from 'node:crypto';
import { SHOP_ERRORS, type MyShopView } from '../../../src/contracts/distributor';
import { isImageOfType } from '../../../src/domain/shop/image-signature';
import { failWith } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadMyDistributor } from '../load-distributor';
import { loadMyShop } from '../load-my-shop';
import { saveShop } from '../save-shop';
import { toMyShopView } from '../to-shop-view';

const EXTENSIONS = { 'image/png': 'png', 'image/jpeg': 'jpg' } as const;

/**
 * Stores the shop's logo or banner (local: `<dataDir>/uploads`; production: cloud storage) and sets it on the shop.
 * The file is named by its content hash, so a retried upload writes the same file and a new image gets a new URL
 * (no stale cached logo). Only real PNG / JPEG bytes are accepted: the file is served to every visitor.
 */
export const uploadShopImage = defineAction(distributorApi.actions.uploadShopImage, async (ctx, input): Promise<MyShopView> => {
  const distributor = await loadMyDistributor(ctx);
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (!isImageOfType(bytes, input.contentType)) throw failWith(SHOP_ERRORS.INVALID_IMAGE);
  const shop = await loadMyShop(ctx, distributor);
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const url = await ctx.platform.saveUpload({ key: `shops/${shop._id}/${input.kind}-${digest}.${EXTENSIONS[input.contentType]}`, bytes });
  const saved = await saveShop(ctx, shop, input.kind === 'logo' ? { logoUrl: url } : { bannerUrl: url });
  return toMyShopView(ctx.store, saved);
});
