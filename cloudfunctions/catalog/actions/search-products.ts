import { catalogApi } from '../../../src/contracts/api/catalog';
import type { SearchResultPage } from '../../../src/contracts/catalog';
import { rankSearchResults } from '../../../src/domain/catalog/search-rank';
import { normaliseQuery, querySearchTokens } from '../../../src/domain/catalog/search-tokens';
import { DEFAULT_PAGE_SIZE } from '../../shared/kernel/paging/to-page';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readHotWords } from '../../shared/flows/catalog/hot-words';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { Store } from '../../shared/kernel/store/store';
import type { ProductDoc } from '../../shared/kernel/docs/docs';
import { toProductCard } from '../product-views';

/** Products read for one query at most: the matches of its rarest token, in the shop's order. */
export const SEARCH_CANDIDATES = 200;
/** Tokens whose frequency is counted to find the rarest (a longer query narrows enough with these). */
const COUNTED_TOKENS = 3;

/**
 * 商品搜索: the query's tokens (querySearchTokens) against the tokens each product carries. One indexed query reads
 * the on-shelf products having the rarest of the tokens (counted first when there are several: one count each, on the
 * index), then every other token, the sort and the page are applied to those in memory. So a search costs at most
 * COUNTED_TOKENS + 1 operations and SEARCH_CANDIDATES documents, whatever the size of the catalogue.
 */
export const searchProducts = defineAction(catalogApi.actions.searchProducts, async (ctx, input): Promise<SearchResultPage> => {
  const query = normaliseQuery(input.query);
  const tokens = querySearchTokens(query);
  const skip = input.cursor ?? 0;
  const limit = input.limit ?? DEFAULT_PAGE_SIZE;
  const candidates = tokens.length ? await readCandidates(ctx.store, tokens as [string, ...string[]]) : [];
  const ranked = rankSearchResults(candidates, tokens, query, input.sort ?? 'RELEVANCE');
  const items = ranked.slice(skip, skip + limit).map(toProductCard);
  const suggestions = ranked.length === 0 && skip === 0 ? await readHotWords(ctx.store) : [];
  return { items, nextCursor: ranked.length > skip + limit ? skip + limit : null, suggestions: suggestions.filter((w) => w !== query) };
});

async function readCandidates(store: Store, tokens: [string, ...string[]]): Promise<ProductDoc[]> {
  const counted = tokens.length === 1 ? [] : await Promise.all(tokens.slice(0, COUNTED_TOKENS).map(async (token) => ({ token, n: await store.count(COLLECTIONS.products, { tokens: { $has: token }, onShelf: true }) })));
  // A token no product has: nothing can match all of them.
  if (counted.some((c) => c.n === 0)) return [];
  const rarest = counted.length ? counted.reduce((a, b) => (b.n < a.n ? b : a)).token : tokens[0];
  return store.find(COLLECTIONS.products, { tokens: { $has: rarest }, onShelf: true }, { limit: SEARCH_CANDIDATES, orderBy: [{ field: 'sort', direction: 'asc' }] });
}
