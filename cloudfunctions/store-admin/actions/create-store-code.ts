import { failWith } from '../../../src/domain/shared/domain-error';
import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import { PAGES } from '../../../src/contracts/pages';
import { STORE_ERRORS, type StoreCodeView } from '../../../src/contracts/stores';
import { earnsCommission } from '../../../src/domain/distribution/distributor-lifecycle';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import type { SceneDoc } from '../../shared/kernel/docs/docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadStore } from '../../shared/flows/o2o/load-store';
import { sceneIdFor } from '../../shared/flows/scenes/scene-id';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/**
 * A store's counter code (门店码), or a staff member's own. It is an ordinary scene: the sharer is the staff member
 * (or the store's distributor account) and the params carry the store id, so scanning binds the shopper under the
 * merchant's binding rule (referral.bindByScene, unchanged) and checkout preselects the store. One scene per
 * (sharer, page, store), created once; a COUNTER code opens 优惠买单 at the store instead of the home page; the image is rendered once and cached (WeChat rate-limits codes).
 */
export const createStoreCode = defineAction(storeAdminApi.actions.createStoreCode, async (ctx, input): Promise<StoreCodeView> => {
  const store = await loadStore(ctx.store, input.storeId);
  let sharerId: string | null;
  if (input.staffUserId) {
    if (!store.staff.some((s) => s.userId === input.staffUserId)) throw failWith(STORE_ERRORS.STAFF_NOT_FOUND, '该用户不是本门店的店员');
    sharerId = input.staffUserId;
  } else {
    sharerId = store.distributorId;
  }
  if (!sharerId) throw failWith(STORE_ERRORS.NO_SHARER, '请先为门店设置分销账号，或为某位店员生成店员码');
  const distributor = await ctx.store.get(COLLECTIONS.distributors, sharerId);
  if (!earnsCommission(distributor?.status ?? null)) throw failWith(STORE_ERRORS.STAFF_NOT_ELIGIBLE, '该账号不是有效的分销商，请重新设置门店店员');

  const page = input.purpose === 'COUNTER' ? PAGES.counter : PAGES.home;
  const params = { storeId: store._id };
  const scene = sceneIdFor(sharerId, page, JSON.stringify(params));
  const doc: SceneDoc = { _id: scene, sharerId, page, params, imageUrl: null, createdAt: ctx.now.toISOString() };
  if (await ctx.store.insert(COLLECTIONS.scenes, doc)) {
    await writeAudit(ctx.store, ctx, { actorId: ctx.openid, action: 'createStoreCode', target: `${store._id}/${sharerId}`, before: null, after: doc });
  }
  const saved = (await ctx.store.get(COLLECTIONS.scenes, scene)) ?? doc;
  let imageUrl = saved.imageUrl;
  if (!imageUrl) {
    imageUrl = await ctx.platform.renderCode({ scene, page });
    await ctx.store.update(COLLECTIONS.scenes, scene, { imageUrl: null }, { imageUrl });
  }
  return { scene, sharerId, sharePath: `/${page}?scene=${scene}`, h5Url: ctx.platform.h5UrlFor({ scene, page }) ?? '', imageUrl };
});
