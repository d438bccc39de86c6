import { memberApi, type MemberResults } from '../../../src/contracts/api/member';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { DEFAULT_PAGE_SIZE } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toSavedProductViews } from '../saved-product-views';

/** 我的收藏, newest first; products taken off the shelf stay listed (greyed) so the shopper can see and remove them. */
export const listFavourites = defineAction(memberApi.actions.listFavourites, async (ctx, input): Promise<MemberResults['listFavourites']> => {
  const skip = input.cursor ?? 0;
  const limit = input.limit ?? DEFAULT_PAGE_SIZE;
  const docs = await ctx.store.find(COLLECTIONS.favourites, { userId: ctx.openid, on: true }, { skip, limit: limit + 1, orderBy: [{ field: 'at', direction: 'desc' }] });
  const items = await toSavedProductViews(ctx.store, docs.slice(0, limit));
  return { items, nextCursor: docs.length > limit ? skip + limit : null };
});
