import { referralApi } from '../../../src/contracts/api/referral';
import { type ResolvedScene } from '../../../src/contracts/referral';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadLiveScene } from '../../shared/flows/scenes/load-live-scene';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { sharerName } from '../sharer-name';

export const resolveScene = defineAction(referralApi.actions.resolveScene, async (ctx, input): Promise<ResolvedScene> => {
  const scene = await loadLiveScene(ctx.store, input.scene);
  const [distributor, sharer] = await Promise.all([
    ctx.store.get(COLLECTIONS.distributors, scene.sharerId),
    ctx.store.get(COLLECTIONS.users, scene.sharerId),
  ]);
  return { page: scene.page, params: scene.params, sharerName: sharerName(distributor, sharer) };
});
