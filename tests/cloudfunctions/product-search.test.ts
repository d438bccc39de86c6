import type { ProductCard } from '../../src/contracts/catalog';
import type { Envelope } from '../../src/contracts/envelope';
import { invokeFunction } from '../../server/local-runtime';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { CountingStore, totalOps } from '../../bench/counting-store';
import { buyAndPay, refund } from '../support/money-flow';
import { aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { createStaff } from '../support/withdrawal-fixtures';
import { DEMO_HOT_WORDS } from '../../server/seed/seed-demo-reviews';

let rt: TestRuntime;
let counter: CountingStore;
beforeEach(async () => {
  rt = await createTestRuntime({ wrapStore: (s) => (counter = new CountingStore(s)) });
});
afterEach(() => rt.close());

const search = (query: string, extra: object = {}) => rt.ok('catalog', 'searchProducts', { query, ...extra }, 'dev_customer');
const titles = (page: { items: ProductCard[] }) => page.items.map((p) => p.title);
const code = (res: Envelope<unknown>) => (res.ok ? 'OK' : res.code);

test('Chinese keywords find products by title, subtitle and merchant keywords; only on-shelf ones', async () => {
  expect(titles(await search('苹果'))).toEqual(['烟台红富士苹果']);
  expect(titles(await search('烟台苹果'))).toEqual(['烟台红富士苹果']);
  expect(titles(await search('酸甜'))).toEqual(['赣南脐橙']);
  expect(titles(await search('水杯'))).toEqual(['304不锈钢保温杯']);
  expect(titles(await search('500ML'))).toEqual(['304不锈钢保温杯']);
  expect(titles(await search('水果')).sort()).toEqual(['烟台红富士苹果', '赣南脐橙'].sort());
  // Every token must match: 苹果 and 草莓 are never one product.
  expect(titles(await search('苹果 草莓'))).toEqual([]);

  await rt.ok('product-admin', 'setOnShelf', { productId: 'p02', onShelf: false }, 'dev_staff');
  expect(titles(await search('苹果'))).toEqual([]);
});

test('a product saved with new words is found by them at once; the old words no longer find it', async () => {
  const clerk = await createStaff(rt, ['products']);
  const p = await rt.ok('product-admin', 'getProduct', { productId: 'p06' }, clerk);
  await rt.ok('product-admin', 'saveProduct', {
    requestId: aRequestId(),
    productId: p.id,
    title: '手工花生酥',
    subtitle: p.subtitle,
    categoryId: p.categoryId,
    description: p.description,
    images: p.images,
    keywords: ['Candy', '喜糖'],
    skus: p.skus.map((s) => ({ skuId: s.id, specs: s.specs, priceFen: s.priceFen, stock: s.stock, expectedStock: s.stock })),
  }, clerk);
  expect(titles(await search('花生酥'))).toEqual(['手工花生酥']);
  expect(titles(await search('candy'))).toEqual(['手工花生酥']);
  expect(titles(await search('喜糖'))).toEqual(['手工花生酥']);
  expect(titles(await search('牛轧糖'))).toEqual([]);
  expect((await rt.ok('product-admin', 'getProduct', { productId: 'p06' }, clerk)).keywords).toEqual(['candy', '喜糖']);
});

test('sorted by sales (net of refunds), by price either way; paged', async () => {
  // p01 脐橙 sells 3 and refunds 2 (net 1); p02 苹果 sells 2: by sales 苹果 first.
  const a = await buyAndPay(rt, 'dev_customer', [{ skuId: 'p01-s1', quantity: 3 }]);
  const b = await buyAndPay(rt, 'dev_customer', [{ skuId: 'p02-s1', quantity: 2 }]);
  // A repeated notify of the same payment sells nothing twice.
  await rt.pay(b.id);
  await rt.ok('order-admin', 'shipOrder', { orderId: a.id, carrierCode: 'SF', trackingNo: 'SF1234567890' }, 'dev_staff');
  await refund(rt, a, 0, 2);
  const bySales = await search('水果', { sort: 'SALES' });
  expect(bySales.items.map((p) => [p.title, p.soldCount])).toEqual([['烟台红富士苹果', 2], ['赣南脐橙', 1]]);
  expect((await rt.ok('catalog', 'getProduct', { productId: 'p01' }, 'dev_customer')).soldCount).toBe(1);
  expect(titles(await search('水果', { sort: 'PRICE_ASC' }))).toEqual(['烟台红富士苹果', '赣南脐橙']);
  expect(titles(await search('水果', { sort: 'PRICE_DESC' }))).toEqual(['赣南脐橙', '烟台红富士苹果']);
  const first = await search('水果', { sort: 'PRICE_ASC', limit: 1 });
  expect(first.nextCursor).toBe(1);
  const second = await search('水果', { sort: 'PRICE_ASC', limit: 1, cursor: 1 });
  expect([titles(second), second.nextCursor]).toEqual([['赣南脐橙'], null]);
});

test('nothing found: the hot words staff set are offered instead; staff edits are audited, shoppers cannot edit', async () => {
  expect((await search('榴莲')).suggestions).toEqual(DEMO_HOT_WORDS);
  await rt.ok('product-admin', 'saveHotWords', { words: ['脐橙', ' 坚果 ', '脐橙'] }, 'dev_staff');
  expect(await rt.ok('catalog', 'getSearchHints', {}, 'dev_customer')).toEqual({ hotWords: ['脐橙', '坚果'] });
  const empty = await search('榴莲');
  expect([empty.items, empty.suggestions]).toEqual([[], ['脐橙', '坚果']]);
  expect((await search('脐橙')).suggestions).toEqual([]);
  expect(code(await rt.call('product-admin', 'saveHotWords', { words: ['x'] }, 'dev_customer'))).toBe('AUTH.FORBIDDEN');
  const audit = await rt.store.find(COLLECTIONS.auditLog, { target: 'search-hot-words' }, { limit: 5 });
  expect(audit.map((a) => a.after)).toEqual([['脐橙', '坚果']]);
  expect(code(await rt.call('catalog', 'searchProducts', { query: '   ' }, 'dev_customer'))).toBe('COMMON.INVALID_PAYLOAD');
});

test('a search costs one count per counted token plus one query, never a read of the catalogue', async () => {
  counter.reset();
  await search('橙');
  expect([totalOps(counter.counts), counter.counts.documents]).toEqual([1, 1]);
  counter.reset();
  await search('苹果');
  expect(totalOps(counter.counts)).toBe(3);
  counter.reset();
  await search('不锈钢保温杯');
  // Three tokens counted (of six characters), then one query on the rarest: only the product that has it is read.
  expect(totalOps(counter.counts)).toBe(4);
  expect(counter.counts.documents).toBeLessThanOrEqual(1);
});

test('a product saved before search (no tokens) is found once the jobs timer has given it its tokens', async () => {
  const legacy = await rt.store.get(COLLECTIONS.products, 'p03');
  await rt.store.insert(COLLECTIONS.products, { ...legacy!, _id: 'legacy1', title: '老款菠萝蜜', tokens: undefined });
  expect(titles(await search('菠萝蜜'))).toEqual([]);
  const res = (await invokeFunction(rt, 'jobs', {}, { openid: null, source: 'local_timer' })) as { ok: boolean; data: { searchTokens: { filled: number } } };
  expect(res.data.searchTokens).toEqual({ filled: 1 });
  expect(titles(await search('菠萝蜜'))).toEqual(['老款菠萝蜜']);
  const again = (await invokeFunction(rt, 'jobs', {}, { openid: null, source: 'local_timer' })) as { data: { searchTokens: { filled: number } } };
  expect(again.data.searchTokens).toEqual({ filled: 0 });
});
