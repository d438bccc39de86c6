import type { FnPayload } from '../../src/contracts/api/apis';
import type { ReservationView } from '../../src/contracts/stores';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { createStore, OWNER, payOrder } from '../support/o2o-steps';
import { snapshotStore } from '../support/snapshot-store';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

// The runtime clock starts at 2026-11-20 10:00 Beijing time.
const booking = (storeId: string, extra: Partial<FnPayload<'stores', 'reserveSlot'>> = {}): FnPayload<'stores', 'reserveSlot'> => ({ requestId: aRequestId(), storeId, date: '2026-11-21', time: '14:00', payMode: 'IN_STORE', ...extra });

test('30 concurrent bookings of a 5-place slot: exactly 5 are booked, the rest are SLOT_FULL, and the count never exceeds 5', async () => {
  const store = await createStore(rt);
  const shoppers = await Promise.all(Array.from({ length: 30 }, () => createNewUser(rt)));
  const results = await Promise.all(shoppers.map((s) => rt.call<ReservationView>('stores', 'reserveSlot', booking(store.id), s)));
  expect(results.filter((r) => r.ok)).toHaveLength(5);
  expect(new Set(results.filter((r) => !r.ok).map((r) => (r as { code: string }).code))).toEqual(new Set(['STORE.SLOT_FULL']));
  expect(await rt.store.count(COLLECTIONS.reservations, { storeId: store.id })).toBe(5);
  const slots = await rt.store.find(COLLECTIONS.slots, {}, { limit: 10 });
  expect(slots).toEqual([expect.objectContaining({ _id: `${store.id}_20261121_1400`, taken: 5 })]);
  const availability = await rt.ok('stores', 'listSlots', { storeId: store.id, date: '2026-11-21' }, shoppers[0] as string);
  expect(availability.find((a) => a.time === '14:00')).toEqual({ date: '2026-11-21', time: '14:00', capacity: 5, taken: 5 });
});

test('a retried booking books once; staff check it in once by its code', async () => {
  const store = await createStore(rt);
  const payload = booking(store.id);
  const first = await rt.ok('stores', 'reserveSlot', payload, 'dev_customer');
  const again = await rt.ok('stores', 'reserveSlot', payload, 'dev_customer');
  expect(again.id).toBe(first.id);
  expect((await rt.store.get(COLLECTIONS.slots, `${store.id}_20261121_1400`))?.taken).toBe(1);

  const checkedIn = await rt.ok('store-admin', 'checkInReservation', { code: first.code }, OWNER);
  expect(checkedIn).toMatchObject({ status: 'CHECKED_IN', checkedInAt: rt.now().toISOString() });
  expect(await rt.call('store-admin', 'checkInReservation', { code: first.code }, OWNER)).toMatchObject({ ok: false, code: 'STORE.ALREADY_CHECKED_IN' });
  expect(await rt.call('store-admin', 'checkInReservation', { code: 'nope000000' }, OWNER)).toMatchObject({ ok: false, code: 'STORE.RESERVATION_NOT_FOUND' });
  expect(await rt.call('store-admin', 'checkInReservation', { code: first.code }, 'dev_customer')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  const mine = await rt.ok('stores', 'listMyReservations', {}, 'dev_customer');
  expect(mine.items.map((r) => [r.id, r.status])).toEqual([[first.id, 'CHECKED_IN']]);
});

test('bad slots, closed stores and unpaid online bookings are refused and write nothing', async () => {
  const store = await createStore(rt);
  const closed = await createStore(rt, { open: false });
  const before = await snapshotStore(rt.store);
  expect(await rt.call('stores', 'reserveSlot', booking(store.id, { time: '11:00' }), 'dev_customer')).toMatchObject({ ok: false, code: 'STORE.INVALID_SLOT' });
  expect(await rt.call('stores', 'reserveSlot', booking(store.id, { date: '2026-11-20', time: '10:00' }), 'dev_customer')).toMatchObject({ ok: false, code: 'STORE.INVALID_SLOT' });
  expect(await rt.call('stores', 'reserveSlot', booking(closed.id), 'dev_customer')).toMatchObject({ ok: false, code: 'STORE.CLOSED' });
  expect(await rt.call('stores', 'reserveSlot', booking(store.id, { payMode: 'ONLINE' }), 'dev_customer')).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
  const order = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p06-s1', quantity: 1 }], address: ADDRESS }, 'dev_customer');
  const afterOrder = await snapshotStore(rt.store);
  expect(await rt.call('stores', 'reserveSlot', booking(store.id, { payMode: 'ONLINE', orderId: order.id }), 'dev_customer')).toMatchObject({ ok: false, code: 'STORE.PICKUP_NOT_READY' });
  expect(await rt.call('stores', 'reserveSlot', booking(store.id, { payMode: 'ONLINE', orderId: order.id }), 'dev_distributor')).toMatchObject({ ok: false, code: 'ORDER.NOT_FOUND' });
  expect(await snapshotStore(rt.store)).toEqual(afterOrder);
  expect(before.reservations).toEqual([]);
  // Paid online: one booking per order, whatever request id a retry carries.
  await payOrder(rt, order.id);
  const online = await rt.ok('stores', 'reserveSlot', booking(store.id, { payMode: 'ONLINE', orderId: order.id }), 'dev_customer');
  const retry = await rt.ok('stores', 'reserveSlot', booking(store.id, { payMode: 'ONLINE', orderId: order.id }), 'dev_customer');
  expect(retry.id).toBe(online.id);
  expect(online).toMatchObject({ payMode: 'ONLINE', orderId: order.id, status: 'BOOKED' });
});
