import { memberApi, type MemberResults } from '../../../src/contracts/api/member';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { DEFAULT_PAGE_SIZE } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toSavedProductViews } from '../saved-product-views';

/** 我的足迹, most recently opened first. */
export const listHistory = defineAction(memberApi.actions.listHistory, async (ctx, input): Promise<MemberResults['listHistory']> => {
  const skip = input.cursor ?? 0;
  const limit = input.limit ?? DEFAULT_PAGE_SIZE;
  const doc = await ctx.store.get(COLLECTIONS.browsingHistory, ctx.openid);
  const all = doc?.items ?? [];
  const items = await toSavedProductViews(ctx.store, all.slice(skip, skip + limit));
  return { items, nextCursor: all.length > skip + limit ? skip + limit : null };
});
