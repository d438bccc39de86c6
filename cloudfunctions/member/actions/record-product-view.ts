import { memberApi, type MemberResults } from '../../../src/contracts/api/member';
import { MEMBER_ERRORS } from '../../../src/contracts/member';
import { withVisit } from '../../../src/domain/member/browsing-history';
import { failWith } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { favouriteId } from '../favourite-id';
import { loadShelfProduct } from '../load-shelf-product';

/** The product page opened: the product goes to the front of 足迹 (capped); answers whether it is a favourite, for the heart. */
export const recordProductView = defineAction(memberApi.actions.recordProductView, async (ctx, input): Promise<MemberResults['recordProductView']> => {
  await loadShelfProduct(ctx.store, input.productId);
  const at = ctx.now.toISOString();
  const recorded = await ctx.store.runTransaction(async (tx) => {
    const doc = await tx.get(COLLECTIONS.browsingHistory, ctx.openid);
    if (!doc) return tx.insert(COLLECTIONS.browsingHistory, { _id: ctx.openid, items: withVisit([], input.productId, at), version: 1 });
    return tx.update(COLLECTIONS.browsingHistory, ctx.openid, { version: doc.version }, { items: withVisit(doc.items, input.productId, at), version: doc.version + 1 });
  });
  if (!recorded) throw failWith(MEMBER_ERRORS.BUSY);
  const favourite = await ctx.store.get(COLLECTIONS.favourites, favouriteId(ctx.openid, input.productId));
  return { favourited: favourite?.on ?? false };
});
