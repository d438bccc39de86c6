import { productSearchTokens } from '../../../../src/domain/catalog/search-tokens';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';

export const TOKENS_BACKFILL_BATCH = 100;

/**
 * Products saved before search carry no tokens, so no search finds them. The jobs timer gives them theirs, a batch a
 * run (compare-and-set on the field still missing: a save meanwhile wins); one query when none is left. The embedded
 * store's migration does the same at once.
 */
export async function backfillSearchTokens(store: Store): Promise<{ filled: number }> {
  const missing = await store.find(COLLECTIONS.products, { tokens: null }, { limit: TOKENS_BACKFILL_BATCH });
  let filled = 0;
  for (const p of missing) {
    if (await store.update(COLLECTIONS.products, p._id, { tokens: null }, { tokens: productSearchTokens(p) })) filled += 1;
  }
  return { filled };
}
