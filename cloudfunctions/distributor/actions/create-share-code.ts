import { distributorApi } from '../../../src/contracts/api/distributor';
import { DISTRIBUTOR_ERRORS, type ShareCode } from '../../../src/contracts/distributor';
import { PAGES, type SceneTargetPage } from '../../../src/contracts/pages';
import { failWith } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { sceneIdFor } from '../../shared/flows/scenes/scene-id';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { SceneDoc } from '../../shared/kernel/docs/docs';
import { loadMyDistributor } from '../load-distributor';
import { loadMyShop } from '../load-my-shop';

/**
 * One scene per (sharer, page, target), created once: the code image is rendered the first time and cached on
 * the scene, since WeChat rate-limits code generation. The share path carries the scene, never a user id.
 */
export const createShareCode = defineAction(distributorApi.actions.createShareCode, async (ctx, input): Promise<ShareCode> => {
  const distributor = await loadMyDistributor(ctx);
  let page: SceneTargetPage;
  let params: Record<string, string>;
  if (input.target.kind === 'shop') {
    // The shop code opens the distributor's own shop page; a shop never edited yet is stored as it stands, so the
    // page has something to show (a lost insert race means a twin stored the same default or an edit: both fine).
    const shop = await loadMyShop(ctx, distributor);
    if (shop.version === 0) await ctx.store.insert(COLLECTIONS.shops, { ...shop, version: 1 });
    page = PAGES.shop;
    params = { shopId: shop._id };
  } else {
    const product = await ctx.store.get(COLLECTIONS.products, input.target.productId);
    if (!product || !product.onShelf) throw failWith(DISTRIBUTOR_ERRORS.PRODUCT_NOT_FOUND);
    page = PAGES.product;
    params = { productId: product._id };
  }
  const scene = sceneIdFor(ctx.openid, page, JSON.stringify(params));
  const doc: SceneDoc = { _id: scene, sharerId: ctx.openid, page, params, imageUrl: null, createdAt: ctx.now.toISOString() };
  await ctx.store.insert(COLLECTIONS.scenes, doc);
  const saved = (await ctx.store.get(COLLECTIONS.scenes, scene)) ?? doc;

  let imageUrl = saved.imageUrl;
  if (!imageUrl) {
    imageUrl = await ctx.platform.renderCode({ scene, page });
    await ctx.store.update(COLLECTIONS.scenes, scene, { imageUrl: null }, { imageUrl });
  }
  return { scene, sharePath: `/${page}?scene=${scene}`, imageUrl, h5Url: ctx.platform.h5UrlFor({ scene, page }), shopName: distributor.shopName };
});
