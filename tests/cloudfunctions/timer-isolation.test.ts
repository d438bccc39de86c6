import type { OrderView } from '../../src/contracts/orders';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { runTimers } from '../../server/run-timers';
import { createNewUser } from '../../server/seed/personas';
import { HOUR_MS, createGroupBuy } from '../support/activity-fixtures';
import { boundShopper, buyAndPay, DAY_MS, runSettlement, shipAndReceive } from '../support/money-flow';
import { PoisonedStore } from '../support/poisoned-store';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
let store: PoisonedStore;
beforeEach(async () => (rt = await createTestRuntime({ wrapStore: (s) => (store = new PoisonedStore(s)) })));
afterEach(() => rt.close());

const failures = async () => (await rt.ok('finance', 'listJobFailures', {}, 'dev_staff')).items;
const timer = async (name: string) => (await invokeFunction(rt, name, {}, { openid: null, source: 'local_timer' })) as { ok: boolean; data: Record<string, number> };

test('settlement steps over an order that keeps failing; the later ones settle and the failure is recorded each run', async () => {
  const orders: Array<{ order: OrderView; buyer: string }> = [];
  for (let i = 0; i < 3; i++) {
    const buyer = await boundShopper(rt);
    const order = await buyAndPay(rt, buyer, [{ skuId: 'p03-s1', quantity: 1 }]);
    await shipAndReceive(rt, order, buyer);
    rt.advance(60_000); // the first received is the oldest due
    orders.push({ order, buyer });
  }
  const poisoned = orders[0]!.order.id;
  store.poison = (op, collection, id) => op === 'write' && collection === COLLECTIONS.orders && id === poisoned;
  rt.advance(8 * DAY_MS);

  expect(await runSettlement(rt)).toMatchObject({ settledOrders: 2 });
  expect((await rt.store.get(COLLECTIONS.orders, poisoned))?.status).toBe('RECEIVED');
  expect(await failures()).toEqual([expect.objectContaining({ job: 'settlement', subject: poisoned, count: 1, lastError: expect.stringContaining('poisoned') })]);
  await runSettlement(rt);
  expect(await failures()).toEqual([expect.objectContaining({ job: 'settlement', subject: poisoned, count: 2 })]);
});

test('an expired group refunds every member it can, even when one member keeps failing', async () => {
  const activity = await createGroupBuy(rt, { requiredMembers: 5, hours: 1 });
  const opened = await rt.ok('activities', 'openGroup', { requestId: aRequestId(), activityId: activity.id, address: ADDRESS }, await createNewUser(rt));
  expect((await rt.pay(opened.order.id)).errcode).toBe(0);
  const members: string[] = [opened.order.id];
  for (let i = 0; i < 2; i++) {
    const joined = await rt.ok('activities', 'joinGroup', { requestId: aRequestId(), groupId: opened.groupId, address: ADDRESS }, await createNewUser(rt));
    expect((await rt.pay(joined.order.id)).errcode).toBe(0);
    members.push(joined.order.id);
  }
  const [, stuck, last] = members;
  store.poison = (op, collection, id) => op === 'write' && collection === COLLECTIONS.orders && id === stuck;
  rt.advance(2 * HOUR_MS);

  const run = await timer('activity-timer');
  expect(run.data).toMatchObject({ membersRefunded: 2, errors: 1 });
  const refunded = await rt.store.count(COLLECTIONS.refunds, { orderId: last as string });
  expect(refunded).toBe(1);
  expect(await failures()).toEqual([expect.objectContaining({ job: 'activity-timer', subject: stuck, count: 1 })]);
});

test('reconcile records an order WeChat cannot be asked about and goes on with the others', async () => {
  const a = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p06-s1', quantity: 1 }], address: ADDRESS }, await createNewUser(rt));
  const b = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p06-s1', quantity: 1 }], address: ADDRESS }, await createNewUser(rt));
  const query = rt.platform.queryOrder.bind(rt.platform);
  rt.platform.queryOrder = async (input) => (input.outTradeNo === a.id ? Promise.reject(new Error('SYSTEMERROR')) : query(input));
  rt.advance(31 * 60_000);
  expect((await timer('reconcile')).data).toMatchObject({ cancelled: 1, errors: 1 });
  expect((await rt.store.get(COLLECTIONS.orders, b.id))?.status).toBe('CANCELLED');
  expect(await failures()).toEqual([expect.objectContaining({ job: 'reconcile', subject: a.id, lastError: expect.stringContaining('SYSTEMERROR') })]);
});

test('every timer runs even when another one throws; the thrown one is recorded', async () => {
  store.poison = (op, collection, filter) => op === 'find' && collection === COLLECTIONS.orders && typeof filter === 'object' && filter.status === 'RECEIVED';
  const results = (await runTimers(rt)) as Record<string, { ok: boolean }>;
  expect(results.settlement).toMatchObject({ ok: false, code: 'COMMON.INTERNAL' });
  for (const name of ['reconcile', 'activity-timer', 'jobs']) expect(results[name]).toMatchObject({ ok: true });
  expect(await failures()).toEqual([expect.objectContaining({ job: 'settlement', subject: 'run', count: 1 })]);
});
