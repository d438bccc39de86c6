import { failWith } from '../../../../src/domain/shared/domain-error';
import { REFERRAL_ERRORS } from '../../../../src/contracts/referral';
import type { SceneDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';

export async function loadScene(store: Store, scene: string): Promise<SceneDoc> {
  const doc = await store.get(COLLECTIONS.scenes, scene);
  if (!doc) throw failWith(REFERRAL_ERRORS.SCENE_NOT_FOUND, '二维码已失效或不存在');
  return doc;
}
