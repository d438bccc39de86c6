import { cleanKeywords, normaliseQuery, productSearchTokens, queryBigrams, querySearchTokens } from './search-tokens';
import { rankSearchResults } from './search-rank';

test('a product is found by its Chinese bigrams and characters, latin words and whole keywords', () => {
  const tokens = productSearchTokens({ title: '304不锈钢保温杯', subtitle: '12小时保温 500ml', keywords: ['Thermos', '水杯'] });
  expect(tokens).toEqual(expect.arrayContaining(['不锈', '锈钢', '保温', '温杯', '杯', '304', '500ml', '500', 'ml', '12', 'thermos', '水杯', '水']));
  expect(new Set(tokens).size).toBe(tokens.length);
});

test('a query needs its characters and words (bigrams only rank); punctuation alone has nothing to search', () => {
  expect(querySearchTokens('保温杯')).toEqual(['保', '温', '杯']);
  expect(queryBigrams('保温杯')).toEqual(['保温', '温杯']);
  expect(querySearchTokens('橙')).toEqual(['橙']);
  expect(querySearchTokens(' ＴＨＥＲＭＯＳ 杯 ')).toEqual(['thermos', '杯']);
  expect(querySearchTokens('！？ ')).toEqual([]);
  expect(normaliseQuery('  保温   杯 ')).toBe('保温 杯');
  expect(cleanKeywords([' A ', 'a', '', '水杯'])).toEqual(['a', '水杯']);
});

test('results keep only products with every token, ranked as asked', () => {
  const mk = (title: string, price: number, sold: number, sort: number) => ({ title, subtitle: '', tokens: productSearchTokens({ title, subtitle: '' }), minPriceFen: price, soldCount: sold, sort });
  const a = mk('红富士苹果', 3000, 5, 1);
  const b = mk('苹果干 零食', 1000, 50, 2);
  const c = mk('脐橙', 2000, 500, 3);
  const q = querySearchTokens('苹果');
  expect(rankSearchResults([a, b, c], q, '苹果', 'SALES').map((p) => p.title)).toEqual(['苹果干 零食', '红富士苹果']);
  expect(rankSearchResults([a, b, c], q, '苹果', 'PRICE_ASC').map((p) => p.title)).toEqual(['苹果干 零食', '红富士苹果']);
  expect(rankSearchResults([a, b, c], q, '苹果', 'PRICE_DESC').map((p) => p.title)).toEqual(['红富士苹果', '苹果干 零食']);
  expect(rankSearchResults([a, b, c], querySearchTokens('富士'), '富士', 'RELEVANCE').map((p) => p.title)).toEqual(['红富士苹果']);
  // Words left out of the query still find the product; the one with the query's bigrams in order ranks first.
  const d = mk('烟台红富士苹果', 3000, 0, 4);
  const e = mk('苹果 台州 烟熏', 3000, 900, 5);
  expect(rankSearchResults([e, d], querySearchTokens('烟台苹果'), '烟台苹果', 'RELEVANCE').map((p) => p.title)).toEqual(['烟台红富士苹果', '苹果 台州 烟熏']);
});
