import { memberApi, type MemberResults } from '../../../src/contracts/api/member';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { favouriteId } from '../favourite-id';
import { loadShelfProduct } from '../load-shelf-product';

/** Hearts (on) or un-hearts (off) a product; repeating the same state writes nothing. Only on-shelf products can be added. */
export const setFavourite = defineAction(memberApi.actions.setFavourite, async (ctx, input): Promise<MemberResults['setFavourite']> => {
  const id = favouriteId(ctx.openid, input.productId);
  const current = await ctx.store.get(COLLECTIONS.favourites, id);
  if ((current?.on ?? false) === input.on) return { favourited: input.on };
  if (input.on) await loadShelfProduct(ctx.store, input.productId);
  const at = ctx.now.toISOString();
  if (!current) {
    await ctx.store.insert(COLLECTIONS.favourites, { _id: id, userId: ctx.openid, productId: input.productId, on: true, at });
  } else {
    await ctx.store.update(COLLECTIONS.favourites, id, {}, { on: input.on, at });
  }
  return { favourited: input.on };
});
