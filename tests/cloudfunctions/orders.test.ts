import type { OrderView } from '../../src/contracts/orders';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { snapshotStore } from '../support/snapshot-store';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const stock = async (skuId: string) => (await rt.store.get(COLLECTIONS.skus, skuId))?.stock;
const create = (payload: object, openid = 'dev_customer') => rt.call<OrderView>('orders', 'createOrder', payload, openid);

test('a retried submit with the same requestId returns the same order and takes stock once', async () => {
  const payload = { requestId: aRequestId(), lines: [{ skuId: 'p04-s1', quantity: 2 }, { skuId: 'p06-s1', quantity: 1 }], address: ADDRESS };
  const [a, b] = await Promise.all([create(payload), create(payload)]);
  const c = await create(payload);
  if (!a.ok || !b.ok || !c.ok) throw new Error('createOrder failed');
  expect(new Set([a.data.id, b.data.id, c.data.id]).size).toBe(1);
  expect(a.data.id).toMatch(/^[0-9A-Za-z_-]{8,32}$/);
  expect(a.data.lines.map((l) => l.amountFen)).toEqual([13760, 3200]);
  expect(a.data.totalFen).toBe(16960);
  expect(await stock('p04-s1')).toBe(118);
  expect(await stock('p06-s1')).toBe(599);
});

test('a retry answers with the order it placed even when the order could not be placed again now (sold out, off shelf)', async () => {
  const payload = { requestId: aRequestId(), lines: [{ skuId: 'p06-s1', quantity: 1 }], address: ADDRESS };
  const first = await create(payload);
  if (!first.ok) throw new Error('createOrder failed');
  await rt.store.update(COLLECTIONS.skus, 'p06-s1', {}, { stock: 0 });
  expect(await create(payload)).toMatchObject({ ok: true, data: { id: first.data.id } });
  await rt.store.update(COLLECTIONS.products, 'p06', {}, { onShelf: false });
  expect(await create(payload)).toMatchObject({ ok: true, data: { id: first.data.id } });
  expect(await create({ ...payload, requestId: aRequestId() })).toMatchObject({ ok: false, code: 'ORDER.SKU_NOT_FOUND' });
});

test('the same SKU twice in one order is one line; the same requestId from another buyer is another order', async () => {
  const requestId = aRequestId();
  const mine = await create({ requestId, lines: [{ skuId: 'p03-s1', quantity: 1 }, { skuId: 'p03-s1', quantity: 2 }], address: ADDRESS });
  const theirs = await create({ requestId, lines: [{ skuId: 'p03-s1', quantity: 1 }], address: ADDRESS }, 'dev_staff');
  if (!mine.ok || !theirs.ok) throw new Error('createOrder failed');
  expect(mine.data.lines).toHaveLength(1);
  expect(mine.data.lines[0]?.quantity).toBe(3);
  expect(theirs.data.id).not.toBe(mine.data.id);
});

test('buying more than the stock is refused with a typed code and changes nothing', async () => {
  await rt.store.update(COLLECTIONS.skus, 'p12-s1', {}, { stock: 2 });
  const before = await snapshotStore(rt.store);
  const res = await create({ requestId: aRequestId(), lines: [{ skuId: 'p01-s1', quantity: 1 }, { skuId: 'p12-s1', quantity: 3 }], address: ADDRESS });
  expect(res).toMatchObject({ ok: false, code: 'ORDER.OUT_OF_STOCK' });
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('an unknown or off-shelf SKU is refused', async () => {
  await rt.store.update(COLLECTIONS.products, 'p02', {}, { onShelf: false });
  expect(await create({ requestId: aRequestId(), lines: [{ skuId: 'p02-s1', quantity: 1 }], address: ADDRESS })).toMatchObject({ ok: false, code: 'ORDER.SKU_NOT_FOUND' });
  expect(await create({ requestId: aRequestId(), lines: [{ skuId: 'nope', quantity: 1 }], address: ADDRESS })).toMatchObject({ ok: false, code: 'ORDER.SKU_NOT_FOUND' });
});

test('cancelling an unpaid order returns its stock once; a paid order cannot be cancelled by the buyer', async () => {
  const res = await create({ requestId: aRequestId(), lines: [{ skuId: 'p07-s1', quantity: 4 }], address: ADDRESS });
  if (!res.ok) throw new Error('createOrder failed');
  expect(await stock('p07-s1')).toBe(296);
  await rt.ok('orders', 'cancelOrder', { orderId: res.data.id }, 'dev_customer');
  await rt.ok('orders', 'cancelOrder', { orderId: res.data.id }, 'dev_customer');
  expect(await stock('p07-s1')).toBe(300);

  const paid = await create({ requestId: aRequestId(), lines: [{ skuId: 'p07-s1', quantity: 1 }], address: ADDRESS });
  if (!paid.ok) throw new Error('createOrder failed');
  await rt.pay(paid.data.id);
  expect(await rt.call('orders', 'cancelOrder', { orderId: paid.data.id }, 'dev_customer')).toMatchObject({ ok: false, code: 'ORDER.INVALID_TRANSITION' });
});

test('my orders are mine only, newest first, paged', async () => {
  for (let i = 0; i < 3; i++) {
    await create({ requestId: aRequestId(), lines: [{ skuId: 'p09-s1', quantity: 1 }], address: ADDRESS });
    rt.advance(1000);
  }
  await create({ requestId: aRequestId(), lines: [{ skuId: 'p09-s1', quantity: 1 }], address: ADDRESS }, 'dev_staff');
  const page1 = await rt.ok('orders', 'listMyOrders', { limit: 2 }, 'dev_customer');
  const page2 = await rt.ok('orders', 'listMyOrders', { limit: 2, cursor: page1.nextCursor as number }, 'dev_customer');
  expect(page1.items).toHaveLength(2);
  expect(page1.nextCursor).toBe(2);
  expect(page2.items).toHaveLength(1);
  expect(page2.nextCursor).toBeNull();
  const times = [...page1.items, ...page2.items].map((o) => o.createdAt);
  expect(times).toEqual([...times].sort().reverse());
});
