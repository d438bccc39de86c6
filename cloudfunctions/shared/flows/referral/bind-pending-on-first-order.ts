import { isDomainError } from '../../../../src/domain/shared/domain-error';
import type { UserContext } from '../../kernel/context';
import type { UserDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import { bindToSharer } from './bind-to-sharer';

/**
 * The FIRST_ORDER bind trigger's hook, called by createOrder after the order exists: a sharer the buyer opened
 * before (remembered on the user by referral.bindByScene) becomes their superior now, if this is their first
 * order. Lives in shared/ so the orders function never imports the referral function.
 * Re-running it (a retried createOrder) is harmless: the touch is consumed by the run that decides it. A failure
 * to bind must not fail the order the shopper already placed. `buyer` is the buyer's record as the caller read it at
 * the start of the call (createOrder does): a touch remembered while the order was being placed is not seen, as one
 * arriving a moment after the order would not be.
 */
export async function bindPendingOnFirstOrder(ctx: UserContext, orderId: string, buyer?: UserDoc | null): Promise<void> {
  const user = buyer === undefined ? await ctx.store.get(COLLECTIONS.users, ctx.openid) : buyer;
  if (!user?.pendingSharerId) return;
  const hasOrdered = async () => (await ctx.store.find(COLLECTIONS.orders, { buyerId: ctx.openid }, { limit: 2 })).some((o) => o._id !== orderId);
  try {
    const outcome = await bindToSharer(ctx, {
      userId: ctx.openid,
      sharerId: user.pendingSharerId,
      scene: user.pendingScene ?? null,
      event: 'FIRST_ORDER',
      hasOrdered,
    });
    ctx.log.info('first-order bind', { orderId, outcome, requestId: ctx.requestId });
  } catch (error) {
    // Logged, not thrown: the touch stays remembered, and a retried createOrder (same requestId) binds it then.
    ctx.log.error('first-order bind failed', {
      orderId,
      requestId: ctx.requestId,
      error: isDomainError(error) ? error.code : error instanceof Error ? error.stack : String(error),
    });
  }
}
