import type { FnPayload } from '../../src/contracts/api/apis';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { applyRateFloor, toBps, toFen } from '../../src/domain/money/fen';
import { DAY_MS, expectLedgerClean, refund, runSettlement } from '../support/money-flow';
import { createPickupOrder, createStore, OWNER, payOrder, storeWithStaff } from '../support/o2o-steps';
import { snapshotStore } from '../support/snapshot-store';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const balance = (openid: string) => rt.ok('commission', 'getMyBalance', {}, openid);
const pickupCode = (orderId: string, buyer: string) => rt.ok('stores', 'getMyPickupCode', { orderId }, buyer);

test('a store code binds the shopper to the staff member, who earns on the pickup order; 核销 receives it once', async () => {
  const { store, clerk, code } = await storeWithStaff(rt);
  // Assigning the clerk made them an active distributor, free, and audited.
  expect(await rt.store.get(COLLECTIONS.distributors, clerk)).toMatchObject({ status: 'ACTIVE' });
  expect(await rt.store.count(COLLECTIONS.auditLog, { action: 'designateDistributor', target: clerk })).toBe(1);

  const shopper = await createNewUser(rt);
  const bound = await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
  expect(bound).toMatchObject({ outcome: 'BOUND', target: { page: 'pages/home/index', params: { storeId: store.id } } });

  const order = await createPickupOrder(rt, shopper, store.id, [{ skuId: 'p01-s1', quantity: 2 }]);
  expect(order).toMatchObject({ shippingFen: 0, totalFen: 7980 });
  expect(await pickupCode(order.id, shopper)).toMatchObject({ state: 'WAITING_PAYMENT', storeName: '西湖旗舰店' });
  await payOrder(rt, order.id);
  expect(await balance(clerk)).toMatchObject({ pendingFen: applyRateFloor(toFen(7980), toBps(1000)) });

  const ready = await pickupCode(order.id, shopper);
  expect(ready).toMatchObject({ state: 'READY', code: expect.stringMatching(/^[0-9A-Za-z]{10}$/) });
  expect(ready.qrDataUrl).toMatch(/^data:image\/png;base64,/);
  // Nobody else can read the code.
  expect(await rt.call('stores', 'getMyPickupCode', { orderId: order.id }, 'dev_customer')).toMatchObject({ ok: false, code: 'ORDER.NOT_FOUND' });

  const verified = await rt.ok('store-admin', 'verifyPickup', { code: ready.code }, OWNER);
  expect(verified).toMatchObject({ orderId: order.id, storeName: '西湖旗舰店', totalFen: 7980 });
  const received = await rt.store.get(COLLECTIONS.orders, order.id);
  expect(received).toMatchObject({ status: 'RECEIVED', receivedAt: rt.now().toISOString(), settleAfter: new Date(rt.now().getTime() + 7 * DAY_MS).toISOString() });
  expect(await pickupCode(order.id, shopper)).toMatchObject({ state: 'VERIFIED' });
  // Shipping info went to WeChat once, as a pickup.
  expect(await rt.store.get(COLLECTIONS.outbox, `ship:${order.id}`)).toMatchObject({ kind: 'SHIPPING', state: 'SENT' });

  const before = await snapshotStore(rt.store);
  expect(await rt.call('store-admin', 'verifyPickup', { code: ready.code }, OWNER)).toMatchObject({ ok: false, code: 'STORE.PICKUP_ALREADY_VERIFIED' });
  expect(await snapshotStore(rt.store)).toEqual(before);

  // The after-sale window started at 核销: the commission settles after the freeze like a received express order.
  rt.advance(8 * DAY_MS);
  await runSettlement(rt);
  expect(await balance(clerk)).toMatchObject({ pendingFen: 0, settledFen: 798 });
  await expectLedgerClean(rt);
});

test('10 concurrent verifications of one pickup code: exactly one succeeds, the others are refused with a typed code', async () => {
  const store = await createStore(rt);
  const order = await createPickupOrder(rt, 'dev_customer', store.id, [{ skuId: 'p06-s1', quantity: 1 }]);
  await payOrder(rt, order.id);
  const { code } = await pickupCode(order.id, 'dev_customer');
  // Codes avoid 0/O and 1/I and may be typed in lower case.
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
  const results = await Promise.all(Array.from({ length: 10 }, (_, i) => rt.call('store-admin', 'verifyPickup', { code: i % 2 ? code.toLowerCase() : code }, OWNER)));
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.filter((r) => !r.ok).map((r) => (r as { code: string }).code)).toEqual(Array(9).fill('STORE.PICKUP_ALREADY_VERIFIED'));
  expect(await rt.store.count(COLLECTIONS.pickups, {})).toBe(1);
  expect(await rt.store.count(COLLECTIONS.auditLog, { action: 'verifyPickup' })).toBe(1);
});

test('an unpaid pickup cannot be verified; an unknown code is refused; shoppers and unpermitted staff cannot verify', async () => {
  const store = await createStore(rt);
  const order = await createPickupOrder(rt, 'dev_customer', store.id, [{ skuId: 'p06-s1', quantity: 1 }]);
  const { code } = await pickupCode(order.id, 'dev_customer');
  expect(await rt.call('store-admin', 'verifyPickup', { code }, OWNER)).toMatchObject({ ok: false, code: 'STORE.PICKUP_NOT_READY' });
  expect(await rt.call('store-admin', 'verifyPickup', { code: 'ZZZZZZZZZZ' }, OWNER)).toMatchObject({ ok: false, code: 'STORE.PICKUP_NOT_FOUND' });
  await payOrder(rt, order.id);
  expect(await rt.call('store-admin', 'verifyPickup', { code }, 'dev_customer')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  expect(await rt.call('store-admin', 'verifyPickup', { code }, 'dev_distributor')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  expect((await rt.store.get(COLLECTIONS.orders, order.id))?.status).toBe('PAID');
  // Refunded in full before pickup: nothing to hand over.
  await refund(rt, order, 0, 1);
  expect(await rt.call('store-admin', 'verifyPickup', { code }, OWNER)).toMatchObject({ ok: false, code: 'STORE.PICKUP_NOT_READY', message: '订单已全部退款，不能核销' });
});

test('checkout: pickup needs an existing, open store and charges no shipping; express is unchanged', async () => {
  const closed = await createStore(rt, { name: '装修中的店', open: false });
  const before = await snapshotStore(rt.store);
  const base = { lines: [{ skuId: 'p06-s1', quantity: 1 }], address: ADDRESS };
  expect(await rt.call('orders', 'createOrder', { ...base, requestId: aRequestId(), delivery: { kind: 'PICKUP', storeId: closed.id } }, 'dev_customer')).toMatchObject({ ok: false, code: 'STORE.CLOSED' });
  expect(await rt.call('orders', 'createOrder', { ...base, requestId: aRequestId(), delivery: { kind: 'PICKUP', storeId: 'S0000000000000000' } }, 'dev_customer')).toMatchObject({ ok: false, code: 'STORE.NOT_FOUND' });
  expect(await rt.call('orders', 'createOrder', { ...base, requestId: aRequestId(), delivery: { kind: 'PICKUP' } }, 'dev_customer')).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
  expect(await snapshotStore(rt.store)).toEqual(before);
  const express = await rt.ok('orders', 'createOrder', { ...base, requestId: aRequestId(), delivery: { kind: 'EXPRESS' } }, 'dev_customer');
  expect((await rt.store.get(COLLECTIONS.orders, express.id))?.delivery).toEqual({ kind: 'EXPRESS' });
  expect(await rt.call('stores', 'getMyPickupCode', { orderId: express.id }, 'dev_customer')).toMatchObject({ ok: false, code: 'STORE.NOT_PICKUP_ORDER' });
});

test('nearby stores: open ones only, nearest first when the shopper shares a location', async () => {
  await createStore(rt, { name: '上海店', region: { province: '上海市', city: '上海市', district: '黄浦区' }, location: { latitude: 31.2304, longitude: 121.4737 } });
  rt.advance(1000);
  await createStore(rt, { name: '西湖店' });
  await createStore(rt, { name: '歇业店', open: false });
  const near = await rt.ok('stores', 'listNearbyStores', { location: { latitude: 30.25, longitude: 120.15 } }, 'dev_customer');
  expect(near.map((s) => s.name)).toEqual(['西湖店', '上海店']);
  expect(near[0]?.distanceM).toBeLessThan(5000);
  const noLocation = await rt.ok('stores', 'listNearbyStores', {}, 'dev_customer');
  expect(noLocation.map((s) => [s.name, s.distanceM])).toEqual([['上海店', null], ['西湖店', null]]);
});

test('store edits are compare-and-set on the version and audited; store codes need a staff member or store account', async () => {
  const store = await createStore(rt);
  const edit = { ...stripView({ ...store }), storeId: store.id, name: '西湖店（新）' };
  const saved = await rt.ok('store-admin', 'saveStore', { ...edit, expectedVersion: store.version } as FnPayload<'store-admin', 'saveStore'>, OWNER);
  expect(saved).toMatchObject({ name: '西湖店（新）', version: store.version + 1 });
  expect(await rt.call('store-admin', 'saveStore', { ...edit, expectedVersion: store.version }, OWNER)).toMatchObject({ ok: false, code: 'STORE.CHANGED' });
  expect(await rt.store.find(COLLECTIONS.auditLog, { action: 'saveStore' }, { limit: 5 })).toHaveLength(2);
  expect(await rt.call('store-admin', 'createStoreCode', { storeId: store.id }, OWNER)).toMatchObject({ ok: false, code: 'STORE.NO_SHARER' });
  expect(await rt.call('store-admin', 'createStoreCode', { storeId: store.id, staffUserId: 'dev_customer' }, OWNER)).toMatchObject({ ok: false, code: 'STORE.STAFF_NOT_FOUND' });
});

function stripView(v: Record<string, unknown>) {
  const { id: _id, distanceM: _d, staff: _s, distributorId: _dist, version: _v, ...fields } = v;
  return fields;
}

test('the store account’s code binds to the store account; a revoked distributor cannot be assigned to a store', async () => {
  const store = await createStore(rt);
  const account = await createNewUser(rt);
  const withAccount = await rt.ok('store-admin', 'setStoreStaff', { storeId: store.id, expectedVersion: store.version, distributorId: account, staff: [] }, OWNER);
  const code = await rt.ok('store-admin', 'createStoreCode', { storeId: store.id }, OWNER);
  expect(code.sharerId).toBe(account);
  // One code per (sharer, store): asking again returns the same scene.
  expect((await rt.ok('store-admin', 'createStoreCode', { storeId: store.id }, OWNER)).scene).toBe(code.scene);
  const shopper = await createNewUser(rt);
  expect(await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper)).toMatchObject({ outcome: 'BOUND' });

  await rt.ok('distribution-admin', 'setDistributorStatus', { userId: account, status: 'REVOKED' }, OWNER);
  const before = await snapshotStore(rt.store);
  expect(await rt.call('store-admin', 'setStoreStaff', { storeId: store.id, expectedVersion: withAccount.version, distributorId: account, staff: [] }, OWNER)).toMatchObject({ ok: false, code: 'STORE.STAFF_NOT_ELIGIBLE' });
  expect(await rt.call('store-admin', 'createStoreCode', { storeId: store.id }, OWNER)).toMatchObject({ ok: false, code: 'STORE.STAFF_NOT_ELIGIBLE' });
  expect(await snapshotStore(rt.store)).toEqual(before);
});
