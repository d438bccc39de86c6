import type { SavedProductView } from '../../src/contracts/member';
import type { Page } from '../../src/contracts/paging';
import { HISTORY_CAP } from '../../src/domain/member/browsing-history';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import type { ProductDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import { createNewUser } from '../../server/seed/personas';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const ids = (page: Page<SavedProductView>) => page.items.map((i) => i.product.id);

describe('收藏', () => {
  test('a heart adds the product to my favourites, newest first; un-hearting removes it; repeats write nothing', async () => {
    const me = await createNewUser(rt);
    expect(await rt.ok('member', 'setFavourite', { productId: 'p01', on: true }, me)).toEqual({ favourited: true });
    rt.advance(1000);
    await rt.ok('member', 'setFavourite', { productId: 'p02', on: true }, me);
    expect(ids(await rt.ok('member', 'listFavourites', {}, me))).toEqual(['p02', 'p01']);
    const before = await snapshotStore(rt.store);
    expect(await rt.ok('member', 'setFavourite', { productId: 'p01', on: true }, me)).toEqual({ favourited: true });
    expect(await snapshotStore(rt.store)).toEqual(before);

    await rt.ok('member', 'setFavourite', { productId: 'p02', on: false }, me);
    expect(ids(await rt.ok('member', 'listFavourites', {}, me))).toEqual(['p01']);
    // The product page's visit reports the heart's state.
    expect(await rt.ok('member', 'recordProductView', { productId: 'p01' }, me)).toEqual({ favourited: true });
    expect(await rt.ok('member', 'recordProductView', { productId: 'p02' }, me)).toEqual({ favourited: false });
    // Someone else's favourites are their own.
    const other = await createNewUser(rt);
    expect((await rt.ok('member', 'listFavourites', {}, other)).items).toEqual([]);
  });

  test('an unknown or off-shelf product cannot be favourited; one taken off the shelf later stays listed, marked', async () => {
    const me = await createNewUser(rt);
    expect(await rt.call('member', 'setFavourite', { productId: 'nope', on: true }, me)).toMatchObject({ ok: false, code: 'CATALOG.PRODUCT_NOT_FOUND' });
    await rt.ok('member', 'setFavourite', { productId: 'p03', on: true }, me);
    await rt.store.update(COLLECTIONS.products, 'p03', {}, { onShelf: false } satisfies Partial<ProductDoc>);
    expect((await rt.ok('member', 'listFavourites', {}, me)).items).toEqual([expect.objectContaining({ onShelf: false, product: expect.objectContaining({ id: 'p03' }) })]);
    expect(await rt.call('member', 'setFavourite', { productId: 'p03', on: true }, await createNewUser(rt))).toMatchObject({ ok: false, code: 'CATALOG.PRODUCT_NOT_FOUND' });
  });
});

describe('足迹', () => {
  test('visits list newest first, each product once; the history keeps the newest HISTORY_CAP and can be cleared', async () => {
    const me = await createNewUser(rt);
    await rt.ok('member', 'recordProductView', { productId: 'p01' }, me);
    await rt.ok('member', 'recordProductView', { productId: 'p02' }, me);
    await rt.ok('member', 'recordProductView', { productId: 'p01' }, me);
    expect(ids(await rt.ok('member', 'listHistory', {}, me))).toEqual(['p01', 'p02']);

    // Fill past the cap with extra products.
    const extra = Array.from({ length: HISTORY_CAP + 3 }, (_, i) => `hx${String(i).padStart(3, '0')}`);
    for (const id of extra) {
      await rt.store.insert(COLLECTIONS.products, { _id: id, title: id, subtitle: '', categoryId: 'fruit', images: [], description: '', minPriceFen: 100 as ProductDoc['minPriceFen'], onShelf: true, sort: 99, createdAt: rt.now().toISOString() });
      await rt.ok('member', 'recordProductView', { productId: id }, me);
    }
    const first = await rt.ok('member', 'listHistory', { limit: 50 }, me);
    expect(ids(first)[0]).toBe(extra.at(-1));
    const all: string[] = [];
    for (let cursor: number | null = 0; cursor !== null; ) {
      const page: Page<SavedProductView> = await rt.ok('member', 'listHistory', { cursor, limit: 50 }, me);
      all.push(...ids(page));
      cursor = page.nextCursor;
    }
    expect(all).toHaveLength(HISTORY_CAP);
    expect(all).not.toContain('p01');

    expect(await rt.ok('member', 'clearHistory', {}, me)).toEqual({ cleared: HISTORY_CAP });
    expect((await rt.ok('member', 'listHistory', {}, me)).items).toEqual([]);
    const before = await snapshotStore(rt.store);
    expect(await rt.ok('member', 'clearHistory', {}, me)).toEqual({ cleared: 0 });
    expect(await snapshotStore(rt.store)).toEqual(before);
  });
});

describe('地址簿', () => {
  const address = (addressId: string, extra: Record<string, unknown> = {}) => ({ addressId, name: '张三', phone: '13800138000', region: '浙江省 杭州市 西湖区', detail: '文三路 90 号', ...extra });

  test('several addresses, exactly one default: the first, or the one chosen; edit, delete, re-default', async () => {
    const me = await createNewUser(rt);
    expect(await rt.ok('member', 'saveAddress', address('home01'), me)).toEqual([{ id: 'home01', name: '张三', phone: '13800138000', region: '浙江省 杭州市 西湖区', detail: '文三路 90 号', isDefault: true }]);
    await rt.ok('member', 'saveAddress', address('work01', { name: '李四', detail: '滨江区 网商路 699 号' }), me);
    let book = await rt.ok('member', 'saveAddress', address('mom001', { name: '王五' }), me);
    expect(book.map((a) => [a.id, a.isDefault])).toEqual([
      ['home01', true],
      ['work01', false],
      ['mom001', false],
    ]);
    book = await rt.ok('member', 'setDefaultAddress', { addressId: 'work01' }, me);
    expect(book.filter((a) => a.isDefault).map((a) => a.id)).toEqual(['work01']);
    expect(book[0]?.id).toBe('work01');
    // Saving an existing id edits it; saving it again is the same book (a retried save).
    book = await rt.ok('member', 'saveAddress', address('home01', { detail: '文一路 1 号', isDefault: true }), me);
    const again = await rt.ok('member', 'saveAddress', address('home01', { detail: '文一路 1 号', isDefault: true }), me);
    expect(again).toEqual(book);
    expect(book).toHaveLength(3);
    expect(book[0]).toMatchObject({ id: 'home01', detail: '文一路 1 号', isDefault: true });
    book = await rt.ok('member', 'deleteAddress', { addressId: 'home01' }, me);
    expect(book.map((a) => [a.id, a.isDefault])).toEqual([
      ['work01', true],
      ['mom001', false],
    ]);
    expect(await rt.ok('member', 'listAddresses', {}, me)).toEqual(book);
    expect(await rt.ok('member', 'listAddresses', {}, await createNewUser(rt))).toEqual([]);
    expect(await rt.call('member', 'deleteAddress', { addressId: 'home01' }, me)).toMatchObject({ ok: false, code: 'ADDRESS.NOT_FOUND' });
    expect(await rt.call('member', 'setDefaultAddress', { addressId: 'nope00' }, me)).toMatchObject({ ok: false, code: 'ADDRESS.NOT_FOUND' });
  });

  test.each(['12800138000', '1380013800', '23800138000', '138 0013 8000', '+8613800138000'])('phone %s is refused with ADDRESS.PHONE_INVALID and nothing is written', async (phone) => {
    const me = await createNewUser(rt);
    const before = await snapshotStore(rt.store);
    const res = await rt.call('member', 'saveAddress', address('home01', { phone }), me);
    expect(res).toMatchObject({ ok: false, code: 'ADDRESS.PHONE_INVALID' });
    expect((res as { message: string }).message).toMatch(/手机号/);
    expect(await snapshotStore(rt.store)).toEqual(before);
  });

  test('the book holds at most 20 addresses', async () => {
    const me = await createNewUser(rt);
    for (let i = 0; i < 20; i++) await rt.ok('member', 'saveAddress', address(`addr${String(i).padStart(2, '0')}`), me);
    expect(await rt.call('member', 'saveAddress', address('addr99'), me)).toMatchObject({ ok: false, code: 'ADDRESS.BOOK_FULL' });
  });

  test('concurrent saves of different addresses all land, with one default', async () => {
    const me = await createNewUser(rt);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => rt.call('member', 'saveAddress', address(`cc${String(i).padStart(4, '0')}`, { isDefault: i % 2 === 0 }), me)));
    const saved = results.filter((r) => r.ok).length;
    const book = await rt.ok('member', 'listAddresses', {}, me);
    expect(book).toHaveLength(saved);
    expect(book.filter((a) => a.isDefault)).toHaveLength(1);
  });
});
