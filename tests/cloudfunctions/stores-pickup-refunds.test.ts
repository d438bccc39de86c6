import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { refund } from '../support/money-flow';
import { createPickupOrder, createStore, OWNER, payOrder } from '../support/o2o-steps';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const pickupCode = (orderId: string, buyer: string) => rt.ok('stores', 'getMyPickupCode', { orderId }, buyer);

test('a pickup refunded in full shows REFUNDED (no READY), and staff cannot verify it — the card and the counter agree', async () => {
  const store = await createStore(rt);
  const order = await createPickupOrder(rt, 'dev_customer', store.id, [{ skuId: 'p01-s1', quantity: 2 }, { skuId: 'p06-s1', quantity: 1 }]);
  await payOrder(rt, order.id);
  const { code } = await pickupCode(order.id, 'dev_customer');
  await refund(rt, order, 0, 2);
  // Partly refunded: still something to hand over.
  expect(await pickupCode(order.id, 'dev_customer')).toMatchObject({ state: 'READY' });
  await refund(rt, order, 1, 1);
  expect(await pickupCode(order.id, 'dev_customer')).toMatchObject({ state: 'REFUNDED' });
  const before = await snapshotStore(rt.store);
  expect(await rt.call('store-admin', 'verifyPickup', { code }, OWNER)).toMatchObject({ ok: false, code: 'STORE.PICKUP_NOT_READY' });
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('after a partial refund the verify result lists what to hand over (quantity − refunded units) and what was refunded', async () => {
  const store = await createStore(rt);
  const order = await createPickupOrder(rt, 'dev_customer', store.id, [{ skuId: 'p01-s1', quantity: 2 }, { skuId: 'p06-s1', quantity: 1 }]);
  await payOrder(rt, order.id);
  const { code } = await pickupCode(order.id, 'dev_customer');
  const refunded = await refund(rt, order, 0, 1);
  const [first, second] = order.lines;
  const result = await rt.ok('store-admin', 'verifyPickup', { code }, OWNER);
  expect(result.lines).toEqual([
    { lineId: first?.lineId, title: first?.title, specs: first?.specs, quantity: 2, refundedUnits: 1, refundedFen: refunded.fen, handOverUnits: 1 },
    { lineId: second?.lineId, title: second?.title, specs: second?.specs, quantity: 1, refundedUnits: 0, refundedFen: 0, handOverUnits: 1 },
  ]);
  expect(result.refundedFen).toBe(refunded.fen);
  expect(refunded.fen).toBeGreaterThan(0);
  expect(await rt.store.count(COLLECTIONS.pickups, {})).toBe(1);
});

test('without refunds every unit is handed over and nothing is reported refunded', async () => {
  const store = await createStore(rt);
  const order = await createPickupOrder(rt, 'dev_customer', store.id, [{ skuId: 'p06-s1', quantity: 3 }]);
  await payOrder(rt, order.id);
  const { code } = await pickupCode(order.id, 'dev_customer');
  const result = await rt.ok('store-admin', 'verifyPickup', { code }, OWNER);
  expect(result).toMatchObject({ refundedFen: 0, lines: [expect.objectContaining({ quantity: 3, refundedUnits: 0, handOverUnits: 3 })] });
});
