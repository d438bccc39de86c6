/**
 * 商品搜索的分词: a product carries the tokens of its title, subtitle and merchant keywords, stored as an indexed
 * array, so a search queries by a token (array contains) instead of reading the catalogue. Chinese has no spaces:
 * every run of Han characters gives its single characters and its bigrams (a one-character query finds 橙, a longer
 * one needs each adjacent pair); latin letters and digits give lowercase words, a mixed word also its letter and
 * digit parts (500ml → 500ml, 500, ml). A merchant keyword is a token as a whole as well.
 */
export const MAX_PRODUCT_TOKENS = 300;
export const MAX_KEYWORDS = 10;
export const MAX_KEYWORD_LENGTH = 20;
/** A query keeps at most this many required tokens (the rest would only narrow what the first ones found). */
export const MAX_QUERY_TOKENS = 12;

const HAN = /\p{Script=Han}+/gu;
const WORD = /[a-z0-9]+/g;

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function hanTokens(run: string, withSingles: boolean): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = withSingles ? [...chars] : [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

function wordTokens(word: string): string[] {
  const parts = word.match(/[a-z]+|[0-9]+/g) ?? [];
  return parts.length > 1 ? [word, ...parts] : [word];
}

function tokensOf(text: string, withSingles: boolean): string[] {
  const t = normalise(text);
  const out: string[] = [];
  for (const run of t.match(HAN) ?? []) out.push(...hanTokens(run, withSingles));
  for (const word of t.replace(HAN, ' ').match(WORD) ?? []) out.push(...wordTokens(word));
  return out;
}

/** The merchant's keywords as stored: trimmed, lowercase, no empties or repeats, at most MAX_KEYWORDS. */
export function cleanKeywords(keywords: readonly string[]): string[] {
  const out = new Set<string>();
  for (const k of keywords) {
    const v = normalise(k).trim().slice(0, MAX_KEYWORD_LENGTH);
    if (v) out.add(v);
  }
  return [...out].slice(0, MAX_KEYWORDS);
}

/** Every token a product is found by (stored on the product when it is saved). */
export function productSearchTokens(p: { title: string; subtitle: string; keywords?: readonly string[] }): string[] {
  const keywords = cleanKeywords(p.keywords ?? []);
  const all = [...keywords, ...tokensOf(p.title, true), ...tokensOf(p.subtitle, true), ...keywords.flatMap((k) => tokensOf(k, true))];
  return [...new Set(all)].slice(0, MAX_PRODUCT_TOKENS);
}

/**
 * What a product must have to match a query: each Han character of it and each latin word. Characters, not bigrams:
 * shoppers leave words out (烟台苹果 must find 烟台红富士苹果, whose bigrams have no 台苹); the bigrams only rank
 * (queryBigrams). Empty when the query has nothing searchable (punctuation, spaces).
 */
export function querySearchTokens(query: string): string[] {
  const t = normalise(query);
  const chars = (t.match(HAN) ?? []).flatMap((run) => [...run]);
  const words = t.replace(HAN, ' ').match(WORD) ?? [];
  return [...new Set([...words, ...chars])].slice(0, MAX_QUERY_TOKENS);
}

/** The query's Han bigrams: a product having more of them answers it better (综合 order). */
export function queryBigrams(query: string): string[] {
  return [...new Set((normalise(query).match(HAN) ?? []).flatMap((run) => ([...run].length > 1 ? hanTokens(run, false) : [])))];
}

/** The query as shown and remembered: trimmed, inner spaces collapsed. */
export function normaliseQuery(query: string): string {
  return query.normalize('NFKC').trim().replace(/\s+/g, ' ');
}
