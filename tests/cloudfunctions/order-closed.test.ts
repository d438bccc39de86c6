import { DAY_MS, boundShopper, buyAndPay, expectLedgerClean, refund, runSettlement, shipAndReceive } from '../support/money-flow';
import { createPickupOrder, createStore, OWNER, payOrder } from '../support/o2o-steps';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const getOrder = (orderId: string, buyer: string) => rt.ok('orders', 'getOrder', { orderId }, buyer);
const toShip = async () => (await rt.ok('order-admin', 'listOrders', { status: 'PAID', limit: 50 }, 'dev_staff')).items.map((o) => o.id);

test('an order whose every unit is refunded is CLOSED: it cannot ship and leaves the 待发货 list', async () => {
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 2 }, { skuId: 'p06-s1', quantity: 1 }]);
  await refund(rt, order, 0, 2);
  expect((await getOrder(order.id, shopper)).status).toBe('PAID'); // one line still kept
  expect(await toShip()).toContain(order.id);

  await refund(rt, order, 1, 1);
  const closed = await getOrder(order.id, shopper);
  expect(closed.status).toBe('CLOSED');
  expect(closed.closedAt).toBe(rt.now().toISOString());
  expect(await toShip()).not.toContain(order.id);

  const before = await snapshotStore(rt.store);
  expect(await rt.call('order-admin', 'shipOrder', { orderId: order.id, carrierCode: 'SF', trackingNo: 'SF1234567890' }, 'dev_staff')).toMatchObject({ ok: false, code: 'ORDER.INVALID_TRANSITION' });
  expect(await snapshotStore(rt.store)).toEqual(before);
  await expectLedgerClean(rt);
});

test('a money-only refund of everything paid closes a received order; it never settles and its commission is reversed', async () => {
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p06-s1', quantity: 2 }]);
  await shipAndReceive(rt, order, shopper);
  await refund(rt, order, 0, 0, { fen: order.lines[0]!.amountFen - 100 });
  expect((await getOrder(order.id, shopper)).status).toBe('RECEIVED');
  await refund(rt, order, 0, 0, { fen: 100 });
  expect((await getOrder(order.id, shopper)).status).toBe('CLOSED');
  rt.advance(30 * DAY_MS);
  expect(await runSettlement(rt)).toMatchObject({ settledOrders: 0 });
  expect((await getOrder(order.id, shopper)).status).toBe('CLOSED');
  await expectLedgerClean(rt);
});

test('a settled order refunded in full afterwards is CLOSED too (the clawback stays)', async () => {
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p06-s1', quantity: 1 }]);
  await shipAndReceive(rt, order, shopper);
  rt.advance(8 * DAY_MS);
  await runSettlement(rt);
  expect((await getOrder(order.id, shopper)).status).toBe('COMPLETED');
  await refund(rt, order, 0, 1);
  expect((await getOrder(order.id, shopper)).status).toBe('CLOSED');
  await expectLedgerClean(rt);
});

test('a pickup order refunded in full is CLOSED and the counter cannot hand it over', async () => {
  const store = await createStore(rt);
  const order = await createPickupOrder(rt, 'dev_customer', store.id, [{ skuId: 'p01-s1', quantity: 1 }]);
  await payOrder(rt, order.id);
  const { code } = await rt.ok('stores', 'getMyPickupCode', { orderId: order.id }, 'dev_customer');
  await refund(rt, order, 0, 1);
  expect((await getOrder(order.id, 'dev_customer')).status).toBe('CLOSED');
  expect(await rt.ok('stores', 'getMyPickupCode', { orderId: order.id }, 'dev_customer')).toMatchObject({ state: 'REFUNDED' });
  const before = await snapshotStore(rt.store);
  expect(await rt.call('store-admin', 'verifyPickup', { code }, OWNER)).toMatchObject({ ok: false, code: 'STORE.PICKUP_NOT_READY' });
  expect(await snapshotStore(rt.store)).toEqual(before);
});
