import type { OrderView } from '../../src/contracts/orders';
import { savePolicy } from '../support/distribution-steps';
import { DAY_MS, boundShopper, buyAndPay, expectLedgerClean, runSettlement, shipAndReceive } from '../support/money-flow';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const balance = (openid: string) => rt.ok('commission', 'getMyBalance', {}, openid);
const status = async (orderId: string, buyer: string) => (await rt.ok('orders', 'getOrder', { orderId }, buyer)).status;
const askRefund = (order: OrderView, buyer: string) =>
  rt.call('orders', 'requestAfterSale', { requestId: `as-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, orderId: order.id, lineId: order.lines[0]?.lineId, kind: 'RETURN_REFUND', units: 1, reason: 'DAMAGED' }, buyer);

test('with freezeDays 0 commission still waits for the after-sale window (7 days): the shopper keeps the whole window', async () => {
  await savePolicy(rt, { freezeDays: 0 });
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p01-s2', quantity: 1 }]); // 6990 → 699
  await shipAndReceive(rt, order, shopper);

  expect(await runSettlement(rt)).toMatchObject({ settledOrders: 0 });
  rt.advance(7 * DAY_MS - 1000);
  expect(await runSettlement(rt)).toMatchObject({ settledOrders: 0 });
  expect(await status(order.id, shopper)).toBe('RECEIVED');
  expect(await balance('dev_distributor')).toMatchObject({ pendingFen: 699, settledFen: 0 });
  // Still inside the window: the shopper may ask.
  expect(await askRefund(order, shopper)).toMatchObject({ ok: true });
});

test('the window closes exactly afterSaleDays after receipt; settlement comes only then, and a request after it is refused', async () => {
  await savePolicy(rt, { freezeDays: 0 });
  await rt.ok('settings-admin', 'updateShopSettings', { shopName: '微分销商城', payTimeoutMinutes: 30, afterSaleDays: 10 }, 'dev_staff');
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p01-s2', quantity: 1 }]);
  await shipAndReceive(rt, order, shopper);
  rt.advance(10 * DAY_MS - 1000);
  expect(await runSettlement(rt)).toMatchObject({ settledOrders: 0 });
  rt.advance(2000);
  expect(await askRefund(order, shopper)).toMatchObject({ ok: false, code: 'ORDER.AFTER_SALE_CLOSED' });
  expect(await runSettlement(rt)).toMatchObject({ settledOrders: 1 });
  expect(await status(order.id, shopper)).toBe('COMPLETED');
  expect(await balance('dev_distributor')).toMatchObject({ pendingFen: 0, settledFen: 699 });
  await expectLedgerClean(rt);
});

test('a freeze longer than the window still decides: settlement after max(freeze, window)', async () => {
  await savePolicy(rt, { freezeDays: 12 });
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p01-s2', quantity: 1 }]);
  await shipAndReceive(rt, order, shopper);
  rt.advance(8 * DAY_MS);
  expect(await runSettlement(rt)).toMatchObject({ settledOrders: 0 });
  rt.advance(4 * DAY_MS);
  expect(await runSettlement(rt)).toMatchObject({ settledOrders: 1 });
});
