import { type BindOutcome, type BindResult } from '../../../src/contracts/referral';
import { referralInputs } from '../../../src/contracts/referral-inputs';
import { defineAction } from '../../shared/handler/define-action';
import { bindToSharer } from '../../shared/referral/bind-to-sharer';
import { loadLiveScene } from '../../shared/scenes/load-live-scene';
import { COLLECTIONS } from '../../shared/store/collections';
import { ensureUser } from '../../shared/users/ensure-user';
import type { DistributorDoc, OrderDoc, UserDoc } from '../../shared/docs';
import { sharerName } from '../sharer-name';

/**
 * Opening a distributor's code or card binds the opener to the sharer under the merchant's binding policy
 * (first touch, protection + validity, or always-override; optionally new users only), or — with the FIRST_ORDER
 * trigger — remembers the sharer until the opener's first order. Not binding is a normal outcome, not an error.
 */
export const bindByScene = defineAction(referralInputs.bindByScene, async (ctx, input): Promise<BindResult> => {
  const scene = await loadLiveScene(ctx.store, input.scene);
  await ensureUser(ctx);
  const [distributor, sharerUser, anyOrder] = await Promise.all([
    ctx.store.get<DistributorDoc>(COLLECTIONS.distributors, scene.sharerId),
    ctx.store.get<UserDoc>(COLLECTIONS.users, scene.sharerId),
    ctx.store.find<OrderDoc>(COLLECTIONS.orders, { buyerId: ctx.openid }, { limit: 1 }),
  ]);
  const answer = (outcome: BindOutcome): BindResult => ({
    outcome,
    target: { page: scene.page, params: scene.params },
    sharerName: sharerName(distributor, sharerUser),
  });
  if (!distributor || !sharerUser) return answer(ctx.openid === scene.sharerId ? 'SELF' : 'SHARER_NOT_DISTRIBUTOR');
  const outcome = await bindToSharer(ctx, {
    userId: ctx.openid,
    sharerId: scene.sharerId,
    scene: scene._id,
    event: 'OPEN',
    hasOrdered: anyOrder.length > 0,
  });
  return answer(outcome);
});
