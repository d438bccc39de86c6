import { memberApi, type MemberResults } from '../../../src/contracts/api/member';
import { MEMBER_ERRORS } from '../../../src/contracts/member';
import { failWith } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** 清空足迹; an empty history writes nothing. */
export const clearHistory = defineAction(memberApi.actions.clearHistory, async (ctx): Promise<MemberResults['clearHistory']> => {
  const doc = await ctx.store.get(COLLECTIONS.browsingHistory, ctx.openid);
  if (!doc || doc.items.length === 0) return { cleared: 0 };
  if (!(await ctx.store.update(COLLECTIONS.browsingHistory, ctx.openid, { version: doc.version }, { items: [], version: doc.version + 1 }))) {
    throw failWith(MEMBER_ERRORS.BUSY);
  }
  return { cleared: doc.items.length };
});
