import { referralApi } from '../../../src/contracts/api/referral';
import { type BindOutcome, type BindResult } from '../../../src/contracts/referral';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { bindToSharer } from '../../shared/flows/referral/bind-to-sharer';
import { loadLiveScene } from '../../shared/flows/scenes/load-live-scene';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { getDistributionPolicy } from '../../shared/flows/merchant/get-distribution-policy';
import { ensureUser, lastSeenPatch, touchLastSeen } from '../../shared/flows/users/ensure-user';
import { sharerName } from '../sharer-name';

/**
 * Opening a distributor's code or card binds the opener to the sharer under the merchant's binding policy
 * (first touch, protection + validity, or always-override; optionally new users only), or — with the FIRST_ORDER
 * trigger — remembers the sharer until the opener's first order. Not binding is a normal outcome, not an error.
 * After the scene, one query reads the opener and the sharer, beside the sharer's distributor record and the policy;
 * the opener's hourly visit stamp rides on the bind's own write when there is one (bindToSharer).
 */
export const bindByScene = defineAction(referralApi.actions.bindByScene, async (ctx, input): Promise<BindResult> => {
  const scene = await loadLiveScene(ctx.store, input.scene);
  const [users, distributor, policy] = await Promise.all([
    ctx.store.find(COLLECTIONS.users, { _id: { $in: [ctx.openid, scene.sharerId] } }, { limit: 2 }),
    ctx.store.get(COLLECTIONS.distributors, scene.sharerId),
    getDistributionPolicy(ctx.store),
  ]);
  // A first visit creates the user (and stamps the visit); otherwise the stamp waits for the bind's write.
  const found = users.find((u) => u._id === ctx.openid);
  const user = found ?? (await ensureUser(ctx));
  const sharerUser = users.find((u) => u._id === scene.sharerId) ?? (scene.sharerId === ctx.openid ? user : null);
  const seen = found ? lastSeenPatch(found, ctx.now) : {};
  const answer = (outcome: BindOutcome): BindResult => ({
    outcome,
    target: { page: scene.page, params: scene.params },
    sharerName: sharerName(distributor, sharerUser),
  });
  const outcome =
    !distributor || !sharerUser
      ? ctx.openid === scene.sharerId
        ? 'SELF'
        : 'SHARER_NOT_DISTRIBUTOR'
      : await bindToSharer(
          ctx,
          {
            userId: ctx.openid,
            sharerId: scene.sharerId,
            scene: scene._id,
            event: 'OPEN',
            hasOrdered: async () => (await ctx.store.find(COLLECTIONS.orders, { buyerId: ctx.openid }, { limit: 1 })).length > 0,
          },
          { user, sharer: sharerUser, distributor, policy, userPatch: seen },
        );
  // No write of the user carried the visit stamp (nothing bound or remembered): stamp it on its own.
  if (found && 'lastSeenAt' in seen && !['BOUND', 'REBOUND', 'PENDING_FIRST_ORDER'].includes(outcome)) await touchLastSeen(ctx, found);
  return answer(outcome);
});
