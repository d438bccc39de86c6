import type { OrderView } from '../../src/contracts/orders';
import type { OrderDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { ACTIVITY_SKU, createFlashSale } from '../support/activity-fixtures';
import { snapshotStore } from '../support/snapshot-store';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

/**
 * One shopper cannot lock the catalogue with unpaid orders: at most 5 open unpaid orders per buyer
 * (ORDER.TOO_MANY_UNPAID) and at most 20 units of one SKU held unpaid (ORDER.HOLD_LIMIT), also under concurrency;
 * 秒杀 holds are short; and a buyer's cancel first closes the WeChat prepay and every 找人代付 number.
 */
let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const MINUTE = 60_000;
const order = (buyer: string, skuId: string, quantity: number) =>
  rt.call<OrderView>('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId, quantity }], address: ADDRESS }, buyer);
const stockOf = async (skuId: string) => (await rt.store.get(COLLECTIONS.skus, skuId))?.stock;

test('a sixth open unpaid order is refused and writes nothing; paying, cancelling or the pay deadline frees a place', async () => {
  const buyer = await createNewUser(rt);
  const open: OrderView[] = [];
  for (let i = 0; i < 5; i++) {
    const res = await order(buyer, `p0${i + 1}-s1`, 1);
    if (!res.ok) throw new Error(res.code);
    open.push(res.data);
  }
  const before = await snapshotStore(rt.store);
  expect(await order(buyer, 'p06-s1', 1)).toMatchObject({ ok: false, code: 'ORDER.TOO_MANY_UNPAID', message: expect.stringContaining('5') });
  expect(await snapshotStore(rt.store)).toEqual(before);
  // Someone else is not affected.
  expect((await order(await createNewUser(rt), 'p06-s1', 1)).ok).toBe(true);

  expect((await rt.pay(open[0]!.id)).errcode).toBe(0);
  expect((await order(buyer, 'p06-s1', 1)).ok).toBe(true);
  await rt.ok('orders', 'cancelOrder', { orderId: open[1]!.id }, buyer);
  expect((await order(buyer, 'p07-s1', 1)).ok).toBe(true);
  expect(await order(buyer, 'p07-s2', 1)).toMatchObject({ ok: false, code: 'ORDER.TOO_MANY_UNPAID' });
  rt.advance(31 * MINUTE); // every open order is past its 30-minute pay deadline: none holds a place any more
  expect((await order(buyer, 'p07-s2', 1)).ok).toBe(true);
});

test('units of one SKU held unpaid by one buyer are capped across orders', async () => {
  const buyer = await createNewUser(rt);
  expect((await order(buyer, 'p06-s1', 15)).ok).toBe(true);
  expect((await order(buyer, 'p06-s1', 5)).ok).toBe(true);
  const stock = await stockOf('p06-s1');
  expect(await order(buyer, 'p06-s1', 1)).toMatchObject({ ok: false, code: 'ORDER.HOLD_LIMIT', message: expect.stringContaining('20') });
  expect(await stockOf('p06-s1')).toBe(stock);
  expect((await order(buyer, 'p07-s1', 1)).ok).toBe(true); // another SKU
  expect((await order(await createNewUser(rt), 'p06-s1', 20)).ok).toBe(true); // another buyer
});

test('concurrent orders by one buyer cannot get past the limit', async () => {
  const buyer = await createNewUser(rt);
  const results = await Promise.all(Array.from({ length: 9 }, (_, i) => order(buyer, `p0${(i % 7) + 1}-s1`, 1)));
  expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(5);
  expect(await rt.store.count(COLLECTIONS.orders, { buyerId: buyer, status: 'PENDING_PAY' })).toBeLessThanOrEqual(5);
  for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ code: expect.stringMatching(/^ORDER\.(TOO_MANY_UNPAID|BUSY)$/) });
});

test('a 秒杀 order must be paid within 5 minutes, whatever the shop’s pay timeout', async () => {
  const sale = await createFlashSale(rt);
  const buyer = await createNewUser(rt);
  const placed = await rt.ok('activities', 'buyFlashSale', { requestId: aRequestId(), saleId: sale.id, quantity: 1, address: ADDRESS }, buyer);
  const saved = (await rt.store.get(COLLECTIONS.orders, placed.id)) as OrderDoc;
  expect(Date.parse(saved.payDeadline) - Date.parse(saved.createdAt)).toBe(5 * MINUTE);
});

test('a buyer’s cancel closes the prepay and every friend’s number first; if WeChat will not close, nothing is cancelled', async () => {
  const buyer = await createNewUser(rt);
  const placed = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: ACTIVITY_SKU, quantity: 2 }], address: ADDRESS }, buyer);
  const request = await rt.ok('activities', 'createPayRequest', { orderId: placed.id }, buyer);
  const friendPrepay = (await rt.ok('activities', 'payForFriend', { payRequestId: request.id }, await createNewUser(rt))) as { kind: 'simulated'; outTradeNo: string };
  const closed: string[] = [];
  let refuse = true;
  rt.platform.closeOrder = async ({ outTradeNo }) => {
    if (refuse) throw new Error('cloudPay.closeOrder failed: ORDERPAID');
    closed.push(outTradeNo);
  };

  const before = await snapshotStore(rt.store);
  expect(await rt.call('orders', 'cancelOrder', { orderId: placed.id }, buyer)).toMatchObject({ ok: false, code: 'ORDER.BUSY', message: expect.stringContaining('支付') });
  expect(await snapshotStore(rt.store)).toEqual(before);

  refuse = false;
  expect(await rt.ok('orders', 'cancelOrder', { orderId: placed.id }, buyer)).toMatchObject({ status: 'CANCELLED' });
  expect(closed.sort()).toEqual([placed.id, friendPrepay.outTradeNo].sort());
});

test('staff set the limits in 店铺设置 (defaults 5 orders, 20 units)', async () => {
  const settings = await rt.ok('settings-admin', 'getShopSettings', {}, 'dev_staff');
  expect(settings).toMatchObject({ maxUnpaidOrders: 5, maxHeldUnitsPerSku: 20 });
  await rt.ok('settings-admin', 'updateShopSettings', { shopName: '鲜甜生活馆', payTimeoutMinutes: 30, afterSaleDays: 7, maxUnpaidOrders: 2, maxHeldUnitsPerSku: 3 }, 'dev_staff');
  const buyer = await createNewUser(rt);
  expect(await order(buyer, 'p06-s1', 4)).toMatchObject({ ok: false, code: 'ORDER.HOLD_LIMIT' });
  expect((await order(buyer, 'p06-s1', 3)).ok).toBe(true);
  expect((await order(buyer, 'p07-s1', 1)).ok).toBe(true);
  expect(await order(buyer, 'p05-s1', 1)).toMatchObject({ ok: false, code: 'ORDER.TOO_MANY_UNPAID' });
});
