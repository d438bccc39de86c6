import type { CounterPaySettings } from '../../src/domain/counter/counter-bill';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { DAY_MS, expectLedgerClean, runSettlement } from '../support/money-flow';
import { OWNER, payOrder, storeVersion, storeWithStaff } from '../support/o2o-steps';
import { snapshotStore } from '../support/snapshot-store';
import { aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const TIERS: CounterPaySettings = {
  enabled: true,
  offer: { kind: 'TIERS', tiers: [{ thresholdFen: 10000, reductionFen: 1000 }, { thresholdFen: 20000, reductionFen: 3000 }] } as CounterPaySettings['offer'],
  window: null,
  limitFen: 100000 as CounterPaySettings['limitFen'],
  paysCommission: false,
};

async function setCounter(storeId: string, settings: Partial<CounterPaySettings> = {}) {
  return rt.ok('store-admin', 'saveCounterSettings', { storeId, expectedVersion: await storeVersion(rt, storeId), settings: { ...TIERS, ...settings } }, OWNER);
}

/** A store with a clerk, 优惠买单 switched on, and a shopper who scanned the clerk's counter code. */
async function counterShop(settings: Partial<CounterPaySettings> = {}) {
  const { store, clerk } = await storeWithStaff(rt);
  await setCounter(store.id, settings);
  const code = await rt.ok('store-admin', 'createStoreCode', { storeId: store.id, staffUserId: clerk, purpose: 'COUNTER' }, OWNER);
  const shopper = await createNewUser(rt);
  const bound = await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
  expect(bound).toMatchObject({ outcome: 'BOUND', target: { page: 'packages/store/pages/counter/index', params: { storeId: store.id } } });
  return { storeId: store.id, clerk, shopper };
}

const createCounterOrder = (shopper: string, storeId: string, billFen: number, excludedFen = 0) =>
  rt.ok('stores', 'createCounterOrder', { requestId: aRequestId(), storeId, billFen, excludedFen }, shopper);
const balance = (openid: string) => rt.ok('commission', 'getMyBalance', {}, openid);

test('the discount is computed on the server: 满减 on the bill less the excluded part; paid through the callback it is handed over', async () => {
  const { storeId, shopper } = await counterShop();
  expect(await rt.ok('stores', 'getCounter', { storeId }, shopper)).toMatchObject({ enabled: true, offerText: '满100减10，满200减30', offerActiveNow: true, limitFen: 100000 });
  // ¥250 with ¥60 of alcohol: ¥190 reaches 满100减10 only.
  expect(await rt.ok('stores', 'quoteCounterBill', { storeId, billFen: 25000, excludedFen: 6000 }, shopper)).toEqual({ billFen: 25000, excludedFen: 6000, discountFen: 1000, payFen: 24000, offerLabel: '满100减10' });
  // The client cannot name its own total or discount.
  expect(await rt.call('stores', 'createCounterOrder', { requestId: aRequestId(), storeId, billFen: 25000, payFen: 1 }, shopper)).toMatchObject({ ok: false });

  const requestId = aRequestId();
  const order = await rt.ok('stores', 'createCounterOrder', { requestId, storeId, billFen: 25000, excludedFen: 6000 }, shopper);
  expect(order).toMatchObject({ payFen: 24000, discountFen: 1000 });
  // A retried submit is the same order.
  expect(await rt.ok('stores', 'createCounterOrder', { requestId, storeId, billFen: 25000, excludedFen: 6000 }, shopper)).toEqual(order);
  expect(await rt.store.get(COLLECTIONS.orders, order.orderId)).toMatchObject({ status: 'PENDING_PAY', totalFen: 24000, lines: [{ quantity: 1, amountFen: 24000 }], counter: { storeId, billFen: 25000, excludedFen: 6000, discountFen: 1000, paysCommission: false } });

  await payOrder(rt, order.orderId);
  expect(await rt.store.get(COLLECTIONS.orders, order.orderId)).toMatchObject({ status: 'RECEIVED', receivedBy: 'STORE', paidAt: rt.now().toISOString() });
  // Handed over at the counter: the shipping info went to WeChat once, as 用户自提.
  expect(await rt.store.get(COLLECTIONS.outbox, `ship:${order.orderId}`)).toMatchObject({ kind: 'SHIPPING', state: 'SENT' });
  const report = (await rt.ok('store-admin', 'getStoreReport', {}, OWNER)).find((r) => r.storeId === storeId);
  expect(report).toMatchObject({ counterPayments: 1, counterSalesFen: 24000, paidOrders: 0 });
  const payments = await rt.ok('store-admin', 'listCounterPayments', { storeId }, OWNER);
  expect(payments.items).toEqual([expect.objectContaining({ orderId: order.orderId, billFen: 25000, discountFen: 1000, paidFen: 24000, refundedFen: 0, status: 'RECEIVED' })]);
});

test('a rate applies only inside its daily window (Beijing time)', async () => {
  // The test clock starts at 10:00 in Beijing.
  const { storeId, shopper } = await counterShop({ offer: { kind: 'RATE', payBps: 8800 }, window: { from: '11:00', to: '14:00' } });
  expect(await rt.ok('stores', 'getCounter', { storeId }, shopper)).toMatchObject({ offerText: '8.8折', offerActiveNow: false });
  expect(await createCounterOrder(shopper, storeId, 10000)).toMatchObject({ payFen: 10000, discountFen: 0 });
  rt.advance(3600_000);
  expect(await createCounterOrder(shopper, storeId, 10000)).toMatchObject({ payFen: 8800, discountFen: 1200, offerLabel: '8.8折' });
});

test.each([
  ['zero', { billFen: 0 }, 'COUNTER.INVALID_AMOUNT'],
  ['more excluded than billed', { billFen: 1000, excludedFen: 1001 }, 'COUNTER.INVALID_AMOUNT'],
  ['over the store limit', { billFen: 100001 }, 'COUNTER.OVER_LIMIT'],
  ['a fraction of a fen', { billFen: 100.5 }, 'COMMON.INVALID_PAYLOAD'],
  ['negative', { billFen: -100 }, 'COMMON.INVALID_PAYLOAD'],
])('a bill of %s is refused and writes nothing', async (_name, amounts, code) => {
  const { storeId, shopper } = await counterShop();
  const before = await snapshotStore(rt.store);
  expect(await rt.call('stores', 'createCounterOrder', { requestId: aRequestId(), storeId, excludedFen: 0, ...amounts }, shopper)).toMatchObject({ ok: false, code });
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('a store that has not switched 优惠买单 on refuses bills', async () => {
  const { store } = await storeWithStaff(rt);
  const shopper = await createNewUser(rt);
  expect(await rt.ok('stores', 'getCounter', { storeId: store.id }, shopper)).toMatchObject({ enabled: false });
  expect(await rt.call('stores', 'createCounterOrder', { requestId: aRequestId(), storeId: store.id, billFen: 1000, excludedFen: 0 }, shopper)).toMatchObject({ ok: false, code: 'COUNTER.DISABLED' });
});

test('commission: off by default; switched on, the clerk earns on what was paid through the same policy and ledger', async () => {
  const { storeId, clerk, shopper } = await counterShop();
  await payOrder(rt, (await createCounterOrder(shopper, storeId, 20000)).orderId);
  expect(await balance(clerk)).toMatchObject({ pendingFen: 0 });
  expect(await rt.store.count(COLLECTIONS.commissionEntries, { beneficiaryId: clerk })).toBe(0);

  await setCounter(storeId, { paysCommission: true });
  const paid = await createCounterOrder(shopper, storeId, 20000);
  expect(paid.payFen).toBe(17000);
  await payOrder(rt, paid.orderId);
  // The demo policy pays level 1 10% of the amount paid.
  expect(await balance(clerk)).toMatchObject({ pendingFen: 1700 });
  // Handed over at payment, the commission settles after the freeze like a received order.
  rt.advance(8 * DAY_MS);
  await runSettlement(rt);
  expect(await balance(clerk)).toMatchObject({ pendingFen: 0, settledFen: 1700 });
  await expectLedgerClean(rt);
});

test('staff refund a counter payment from the store list: commission reversed, the order closed, the report net', async () => {
  const { storeId, clerk, shopper } = await counterShop({ paysCommission: true });
  const order = await createCounterOrder(shopper, storeId, 15000);
  await payOrder(rt, order.orderId);
  expect(await balance(clerk)).toMatchObject({ pendingFen: 1400 });
  const [payment] = (await rt.ok('store-admin', 'listCounterPayments', { storeId }, OWNER)).items;
  await rt.ok('order-admin', 'refundOrderLine', { requestId: aRequestId(), orderId: payment!.orderId, lineId: payment!.lineId, units: 1, reason: '顾客多付' }, OWNER);
  expect(await rt.store.get(COLLECTIONS.orders, order.orderId)).toMatchObject({ status: 'CLOSED' });
  expect(await balance(clerk)).toMatchObject({ pendingFen: 0 });
  expect((await rt.ok('store-admin', 'listCounterPayments', { storeId }, OWNER)).items[0]).toMatchObject({ refundedFen: 14000, status: 'CLOSED' });
  expect((await rt.ok('store-admin', 'getStoreReport', {}, OWNER)).find((r) => r.storeId === storeId)).toMatchObject({ counterPayments: 1, counterSalesFen: 0 });
  await expectLedgerClean(rt);
});

test('settings: a tier that saves all it asks and a rate of 10折 are refused, unchanged', async () => {
  const { store } = await storeWithStaff(rt);
  const version = await storeVersion(rt, store.id);
  const before = await snapshotStore(rt.store);
  expect(await rt.call('store-admin', 'saveCounterSettings', { storeId: store.id, expectedVersion: version, settings: { ...TIERS, offer: { kind: 'TIERS', tiers: [{ thresholdFen: 1000, reductionFen: 1000 }] } } }, OWNER)).toMatchObject({ ok: false, code: 'COUNTER.INVALID_OFFER' });
  expect(await rt.call('store-admin', 'saveCounterSettings', { storeId: store.id, expectedVersion: version, settings: { ...TIERS, offer: { kind: 'RATE', payBps: 10000 } } }, OWNER)).toMatchObject({ ok: false });
  expect(await rt.call('store-admin', 'saveCounterSettings', { storeId: store.id, expectedVersion: version + 1, settings: TIERS }, OWNER)).toMatchObject({ ok: false, code: 'STORE.CHANGED' });
  expect(await snapshotStore(rt.store)).toEqual(before);
});
