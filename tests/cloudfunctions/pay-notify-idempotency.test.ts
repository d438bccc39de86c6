import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { createNewUser } from '../../server/seed/personas';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { snapshotStore } from '../support/snapshot-store';

let rt: TestRuntime;
let orderId: string;
beforeEach(async () => {
  rt = await createTestRuntime();
  const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'product', productId: 'p05' } }, 'dev_distributor');
  const shopper = await createNewUser(rt);
  await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
  const order = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p05-s1', quantity: 2 }], address: ADDRESS }, shopper);
  orderId = order.id;
});
afterEach(() => rt.close());

function notify(overrides: Record<string, unknown> = {}) {
  return { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: orderId, transactionId: `4200${orderId}`, totalFee: 17800, ...overrides };
}

const callback = (event: unknown, source = 'wx_paycallback') => invokeFunction(rt, 'payment-callback', event, { openid: null, source });

test('ten identical notifies, concurrent, give one PAID order and one set of commission entries', async () => {
  const replies = await Promise.all(Array.from({ length: 10 }, () => callback(notify())));
  expect(replies.every((r) => (r as { errcode: number }).errcode === 0)).toBe(true);
  expect(replies.filter((r) => (r as { errmsg: string }).errmsg === 'PAID')).toHaveLength(1);

  const order = await rt.store.get(COLLECTIONS.orders, orderId);
  expect(order?.status).toBe('PAID');
  const entries = await rt.store.find(COLLECTIONS.commissionEntries, { orderId }, { limit: 100 });
  expect(entries).toHaveLength(1);

  const before = await snapshotStore(rt.store);
  for (let i = 0; i < 10; i++) expect(await callback(notify())).toEqual({ errcode: 0, errmsg: 'ALREADY_PAID' });
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('a notify whose amount differs from the order is refused, recorded, and pays nothing', async () => {
  const reply = await callback(notify({ totalFee: 1 }));
  expect(reply).toEqual({ errcode: 409, errmsg: 'AMOUNT_MISMATCH' });
  expect((await rt.store.get(COLLECTIONS.orders, orderId))?.status).toBe('PENDING_PAY');
  expect(await rt.store.count(COLLECTIONS.commissionEntries, {})).toBe(0);
  const alerts = await rt.store.find(COLLECTIONS.paymentAlerts, {}, { limit: 10 });
  expect(alerts).toEqual([expect.objectContaining({ kind: 'AMOUNT_MISMATCH', orderId, expectedFen: 17800, notifiedFen: 1 })]);
  expect(rt.errors).toContain('payment alert');
});

test('a notify that does not come from the pay callback (e.g. a client calling the function) changes nothing', async () => {
  const before = await snapshotStore(rt.store);
  expect(await callback(notify(), 'wx_client')).toEqual({ errcode: 403, errmsg: 'FORBIDDEN_SOURCE' });
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('a malformed notify is refused; an unpaid result is acknowledged without change', async () => {
  const before = await snapshotStore(rt.store);
  expect(await callback({ outTradeNo: { $gt: '' } })).toEqual({ errcode: 400, errmsg: 'INVALID_NOTIFY' });
  expect(await callback(notify({ resultCode: 'FAIL' }))).toEqual({ errcode: 0, errmsg: 'IGNORED_UNPAID' });
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('money for a cancelled order is acknowledged and flagged for refund, never turning the order paid', async () => {
  const order = await rt.store.get(COLLECTIONS.orders, orderId);
  await rt.ok('orders', 'cancelOrder', { orderId }, order!.buyerId);
  expect(await callback(notify())).toEqual({ errcode: 0, errmsg: 'NEEDS_REFUND' });
  expect((await rt.store.get(COLLECTIONS.orders, orderId))?.status).toBe('CANCELLED');
  expect(await rt.store.count(COLLECTIONS.commissionEntries, {})).toBe(0);
  expect(await rt.store.count(COLLECTIONS.paymentAlerts, { kind: 'UNPAYABLE_ORDER' })).toBe(1);
});
