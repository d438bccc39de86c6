import { queryBigrams } from './search-tokens';

/** 综合 (relevance), 销量 (most sold first), 价格 (cheapest first, or dearest with 'PRICE_DESC'). */
export const SEARCH_SORTS = ['RELEVANCE', 'SALES', 'PRICE_ASC', 'PRICE_DESC'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface Searchable {
  title: string;
  subtitle: string;
  tokens?: readonly string[];
  minPriceFen: number;
  soldCount?: number;
  sort: number;
}

/** Whether a product has every required token of the query (querySearchTokens). */
export function matchesAll(product: Searchable, queryTokens: readonly string[]): boolean {
  const own = new Set(product.tokens ?? []);
  return queryTokens.every((t) => own.has(t));
}

/** How well a product answers the query: the query's bigrams it has, and the whole query in its title counts more. */
function relevance(product: Searchable, bigrams: readonly string[], query: string): number {
  const own = new Set(product.tokens ?? []);
  const whole = query && product.title.toLowerCase().includes(query.toLowerCase()) ? bigrams.length + 1 : 0;
  return bigrams.filter((b) => own.has(b)).length + whole;
}

/** The matching products in the order asked; ties keep the shop's own order (sort), so paging is stable. */
export function rankSearchResults<T extends Searchable>(products: readonly T[], queryTokens: readonly string[], query: string, sort: SearchSort): T[] {
  const sold = (p: T) => p.soldCount ?? 0;
  const bigrams = queryBigrams(query);
  const score = new Map(products.map((p) => [p, relevance(p, bigrams, query)]));
  const compare: Record<SearchSort, (a: T, b: T) => number> = {
    RELEVANCE: (a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || sold(b) - sold(a),
    SALES: (a, b) => sold(b) - sold(a),
    PRICE_ASC: (a, b) => a.minPriceFen - b.minPriceFen,
    PRICE_DESC: (a, b) => b.minPriceFen - a.minPriceFen,
  };
  return products.filter((p) => matchesAll(p, queryTokens)).sort((a, b) => compare[sort](a, b) || a.sort - b.sort);
}
