import { failWith } from '../../../../src/domain/shared/domain-error';
import { REFERRAL_ERRORS } from '../../../../src/contracts/referral';
import type { SceneDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';
import { loadScene } from './load-scene';

/**
 * A scene that may still be used. Store codes (params.storeId, made by store-admin.createStoreCode) stay live only
 * while their sharer is still one of the store's staff or the store's own distributor account: a removed clerk's
 * printed code must not keep binding shoppers to them, so it answers REFERRAL.SCENE_EXPIRED and binds nothing.
 */
export async function loadLiveScene(store: Store, sceneId: string): Promise<SceneDoc> {
  const scene = await loadScene(store, sceneId);
  const storeId = scene.params?.storeId;
  if (typeof storeId !== 'string') return scene;
  const shop = await store.get(COLLECTIONS.stores, storeId);
  const live = !!shop && (shop.distributorId === scene.sharerId || shop.staff.some((s) => s.userId === scene.sharerId));
  if (!live) throw failWith(REFERRAL_ERRORS.SCENE_EXPIRED);
  return scene;
}
