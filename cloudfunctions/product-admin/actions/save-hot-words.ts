import { productAdminApi } from '../../../src/contracts/api/product-admin';
import type { SearchHints } from '../../../src/contracts/catalog';
import { normaliseQuery } from '../../../src/domain/catalog/search-tokens';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { HOT_WORDS_DOC_ID, type HotWordsDoc } from '../../shared/kernel/docs/merchant-docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** 热门搜索: the words the search page offers (in this order, repeats dropped); an empty list offers none. Audited. */
export const saveHotWords = defineAction(productAdminApi.actions.saveHotWords, async (ctx, input): Promise<SearchHints> => {
  const words = [...new Set(input.words.map(normaliseQuery).filter(Boolean))];
  await ctx.store.runTransaction(async (tx) => {
    const before = await tx.get(COLLECTIONS.merchant, HOT_WORDS_DOC_ID);
    if (before && before.words.join('\n') === words.join('\n')) return;
    const doc: HotWordsDoc = { _id: HOT_WORDS_DOC_ID, words, updatedBy: ctx.openid, updatedAt: ctx.now.toISOString() };
    if (before) await tx.update(COLLECTIONS.merchant, HOT_WORDS_DOC_ID, {}, { words, updatedBy: doc.updatedBy, updatedAt: doc.updatedAt });
    else await tx.insert(COLLECTIONS.merchant, doc);
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'saveHotWords', target: HOT_WORDS_DOC_ID, before: before?.words ?? [], after: words });
  });
  return { hotWords: words };
});
