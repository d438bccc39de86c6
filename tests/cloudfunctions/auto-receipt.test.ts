import type { OrderView } from '../../src/contracts/orders';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { DAY_MS, boundShopper, buyAndPay, expectLedgerClean, runSettlement } from '../support/money-flow';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());
const getOrder = (orderId: string, buyer: string) => rt.ok('orders', 'getOrder', { orderId }, buyer);
const ship = (orderId: string) => rt.ok('order-admin', 'shipOrder', { orderId, carrierCode: 'SF', trackingNo: 'SF1234567890' }, 'dev_staff');
async function runOrderTimer(): Promise<{ received: number; skippedOpenAfterSale: number; batches: number }> {
  const res = (await invokeFunction(rt, 'order-timer', {}, { openid: null, source: 'local_timer' })) as { ok: boolean; data: never; code?: string };
  if (!res.ok) throw new Error(`order-timer refused: ${res.code}`);
  return res.data;
}

test('a shipped order the buyer never confirms is received by the timer 10 days after shipment, audited as the system', async () => {
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 1 }]);
  await ship(order.id);
  const shipped = await getOrder(order.id, shopper);
  expect(shipped.autoReceiveAt).toBe(new Date(rt.now().getTime() + 10 * DAY_MS).toISOString());

  rt.advance(10 * DAY_MS - 1000);
  expect(await runOrderTimer()).toMatchObject({ received: 0 });
  expect((await getOrder(order.id, shopper)).status).toBe('SHIPPED');
  rt.advance(2000);
  expect(await runOrderTimer()).toMatchObject({ received: 1 });
  const received = await getOrder(order.id, shopper);
  expect(received).toMatchObject({ status: 'RECEIVED', receivedAt: rt.now().toISOString() });
  const audit = await rt.store.find(COLLECTIONS.auditLog, { target: order.id }, { limit: 10 });
  expect(audit.map((a) => [a.actorId, a.action])).toContainEqual(['system:auto-receipt', 'autoReceive']);

  // Idempotent: a second run changes nothing.
  const before = await snapshotStore(rt.store);
  expect(await runOrderTimer()).toMatchObject({ received: 0 });
  expect(await snapshotStore(rt.store)).toEqual(before);

  // The after-sale window and settlement start from the automatic receipt.
  rt.advance(7 * DAY_MS);
  expect(await runSettlement(rt)).toMatchObject({ settledOrders: 1 });
  await expectLedgerClean(rt);
});

test('the shop sets the days (7–30); the buyer may extend once by 3 days', async () => {
  const settings = { shopName: '微分销商城', payTimeoutMinutes: 30, afterSaleDays: 7 };
  expect(await rt.call('settings-admin', 'updateShopSettings', { ...settings, autoReceiveDays: 6 }, 'dev_staff')).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
  expect(await rt.ok('settings-admin', 'updateShopSettings', { ...settings, autoReceiveDays: 7 }, 'dev_staff')).toMatchObject({ autoReceiveDays: 7 });

  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 1 }]);
  expect(await rt.call('orders', 'extendReceipt', { orderId: order.id }, shopper)).toMatchObject({ ok: false, code: 'ORDER.INVALID_TRANSITION' });
  await ship(order.id);
  const shippedAt = rt.now().getTime();
  expect(await rt.call('orders', 'extendReceipt', { orderId: order.id }, 'dev_customer')).toMatchObject({ ok: false, code: 'ORDER.NOT_FOUND' });
  const extended = await rt.ok('orders', 'extendReceipt', { orderId: order.id }, shopper);
  expect(extended).toMatchObject({ autoReceiveAt: new Date(shippedAt + 10 * DAY_MS).toISOString(), receiptExtended: true });
  expect(await rt.call('orders', 'extendReceipt', { orderId: order.id }, shopper)).toMatchObject({ ok: false, code: 'ORDER.RECEIPT_ALREADY_EXTENDED' });

  rt.advance(7 * DAY_MS + 1000);
  expect(await runOrderTimer()).toMatchObject({ received: 0 });
  rt.advance(3 * DAY_MS);
  expect(await runOrderTimer()).toMatchObject({ received: 1 });
});

test('an open after-sale request holds the automatic receipt until it is decided', async () => {
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 2 }]);
  await ship(order.id);
  await rt.ok('orders', 'requestAfterSale', { requestId: 'as-auto-1', orderId: order.id, lineId: order.lines[0]?.lineId as string, kind: 'REFUND_ONLY', units: 1, reason: 'NOT_RECEIVED' }, shopper);
  rt.advance(11 * DAY_MS);
  expect(await runOrderTimer()).toMatchObject({ received: 0, skippedOpenAfterSale: 1 });
  expect((await getOrder(order.id, shopper)).status).toBe('SHIPPED');
});

test('orders shipped before automatic receipt existed are received the set days after shipment; many orders go in batches', async () => {
  const shopper = await boundShopper(rt);
  const orders: OrderView[] = [];
  for (let i = 0; i < 5; i += 1) {
    const order = await buyAndPay(rt, shopper, [{ skuId: 'p09-s1', quantity: 1 }]);
    await ship(order.id);
    orders.push(order);
  }
  await rt.store.update(COLLECTIONS.orders, orders[0]!.id, {}, { autoReceiveAt: null });
  rt.advance(10 * DAY_MS + 1000);
  const { receiveDueOrders } = await import('../../cloudfunctions/shared/flows/orders/receive-due-orders');
  expect(await receiveDueOrders({ store: rt.store, now: rt.now(), log: rt.log, platform: rt.platform, requestId: 't' } as never, { batchSize: 2 })).toMatchObject({ received: 5, batches: 3 });
  for (const o of orders) expect((await rt.store.get(COLLECTIONS.orders, o.id))?.status).toBe('RECEIVED');
  expect(await rt.call('order-timer', 'anything', {}, 'dev_staff')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
});
