import type { FnPayload } from '../../src/contracts/api/apis';
import type { ReservationView } from '../../src/contracts/stores';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { refund } from '../support/money-flow';
import { createStore, OWNER, payOrder } from '../support/o2o-steps';
import { snapshotStore } from '../support/snapshot-store';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

// The runtime clock starts at 2026-11-20 10:00 Beijing time; slots are 10:00, 14:00, 16:00 with 5 places.
const booking = (storeId: string, extra: Partial<FnPayload<'stores', 'reserveSlot'>> = {}): FnPayload<'stores', 'reserveSlot'> => ({ requestId: aRequestId(), storeId, date: '2026-11-21', time: '14:00', payMode: 'IN_STORE', ...extra });
const slot = (storeId: string, time = '1400') => rt.store.get(COLLECTIONS.slots, `${storeId}_20261121_${time}`);
const errorCodes = (results: Array<{ ok: boolean }>) => results.filter((r) => !r.ok).map((r) => (r as unknown as { code: string }).code);

test('one shopper cannot book out a slot: 10 concurrent bookings with different request ids book once', async () => {
  const store = await createStore(rt);
  const shopper = await createNewUser(rt);
  const results = await Promise.all(Array.from({ length: 10 }, () => rt.call<ReservationView>('stores', 'reserveSlot', booking(store.id), shopper)));
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(new Set(errorCodes(results))).toEqual(new Set(['STORE.ALREADY_BOOKED']));
  expect(await slot(store.id)).toMatchObject({ taken: 1, holders: [shopper] });
  expect(await rt.store.count(COLLECTIONS.reservations, { storeId: store.id })).toBe(1);
  // Another slot of the same day is a different booking.
  expect(await rt.call('stores', 'reserveSlot', booking(store.id, { time: '16:00' }), shopper)).toMatchObject({ ok: true });
});

test('the shopper cancels their own booking before the slot: the place goes back and they may book again; a repeat changes nothing', async () => {
  const store = await createStore(rt);
  const shopper = await createNewUser(rt);
  const first = await rt.ok('stores', 'reserveSlot', booking(store.id), shopper);
  expect(await rt.call('stores', 'cancelReservation', { reservationId: first.id }, 'dev_customer')).toMatchObject({ ok: false, code: 'STORE.RESERVATION_NOT_FOUND' });
  const cancelled = await rt.ok('stores', 'cancelReservation', { reservationId: first.id }, shopper);
  expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelledAt: rt.now().toISOString() });
  expect(await slot(store.id)).toMatchObject({ taken: 0, holders: [] });
  const before = await snapshotStore(rt.store);
  expect(await rt.ok('stores', 'cancelReservation', { reservationId: first.id }, shopper)).toMatchObject({ status: 'CANCELLED' });
  expect(await snapshotStore(rt.store)).toEqual(before);
  // A cancelled booking cannot be checked in.
  expect(await rt.call('store-admin', 'checkInReservation', { code: first.code }, OWNER)).toMatchObject({ ok: false, code: 'STORE.RESERVATION_CANCELLED' });
  const again = await rt.ok('stores', 'reserveSlot', booking(store.id), shopper);
  expect(again.id).not.toBe(first.id);
  expect(await slot(store.id)).toMatchObject({ taken: 1, holders: [shopper] });
  // A shopper cancels audit-free (their own data); no audit entry was written for them.
  expect(await rt.store.count(COLLECTIONS.auditLog, { action: 'cancelReservation' })).toBe(0);
});

test('a shopper cannot cancel once the slot has started or after check-in', async () => {
  const store = await createStore(rt);
  const shopper = await createNewUser(rt);
  const soon = await rt.ok('stores', 'reserveSlot', booking(store.id), shopper);
  const checked = await rt.ok('stores', 'reserveSlot', booking(store.id, { time: '16:00' }), shopper);
  await rt.ok('store-admin', 'checkInReservation', { code: checked.code }, OWNER);
  expect(await rt.call('stores', 'cancelReservation', { reservationId: checked.id }, shopper)).toMatchObject({ ok: false, code: 'STORE.RESERVATION_NOT_CANCELLABLE' });
  rt.advance(28 * 3600_000 + 60_000); // past 2026-11-21 14:00 Beijing
  const before = await snapshotStore(rt.store);
  expect(await rt.call('stores', 'cancelReservation', { reservationId: soon.id }, shopper)).toMatchObject({ ok: false, code: 'STORE.RESERVATION_NOT_CANCELLABLE' });
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('staff cancel by code (audited, permission checked) and the place goes back', async () => {
  const store = await createStore(rt);
  const shopper = await createNewUser(rt);
  const b = await rt.ok('stores', 'reserveSlot', booking(store.id), shopper);
  expect(await rt.call('store-admin', 'cancelReservation', { code: b.code }, shopper)).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  expect(await rt.call('store-admin', 'cancelReservation', { code: 'NOPE000000' }, OWNER)).toMatchObject({ ok: false, code: 'STORE.RESERVATION_NOT_FOUND' });
  expect(await rt.ok('store-admin', 'cancelReservation', { code: b.code }, OWNER)).toMatchObject({ status: 'CANCELLED' });
  expect(await slot(store.id)).toMatchObject({ taken: 0 });
  const audits = await rt.store.find(COLLECTIONS.auditLog, { action: 'cancelReservation' }, { limit: 5 });
  expect(audits).toEqual([expect.objectContaining({ actorId: OWNER, target: b.id })]);
});

test('concurrent cancels and bookings of a full slot: capacity holds and the count matches the active bookings', async () => {
  const store = await createStore(rt);
  const first = await Promise.all(Array.from({ length: 5 }, () => createNewUser(rt)));
  const booked = await Promise.all(first.map((s) => rt.ok('stores', 'reserveSlot', booking(store.id), s)));
  const newcomers = await Promise.all(Array.from({ length: 12 }, () => createNewUser(rt)));
  const results = await Promise.all([
    ...booked.slice(0, 3).map((b, i) => rt.call('stores', 'cancelReservation', { reservationId: b.id }, first[i] as string)),
    ...booked.slice(0, 3).map((b) => rt.call('store-admin', 'cancelReservation', { code: b.code }, OWNER)), // the same cancels again, by staff
    ...newcomers.map((s) => rt.call<ReservationView>('stores', 'reserveSlot', booking(store.id), s)),
  ]);
  expect(errorCodes(results).every((c) => c === 'STORE.SLOT_FULL')).toBe(true);
  const active = await rt.store.count(COLLECTIONS.reservations, { storeId: store.id, status: 'BOOKED' });
  const s = await slot(store.id);
  expect(active).toBeLessThanOrEqual(5);
  expect(s?.taken).toBe(active);
  expect(s?.holders).toHaveLength(active);
  expect(await rt.store.count(COLLECTIONS.reservations, { storeId: store.id, status: 'CANCELLED' })).toBe(3);
});

test('an online booking whose order was refunded in full is not shown as paid at check-in', async () => {
  const store = await createStore(rt);
  const order = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p06-s1', quantity: 1 }], address: ADDRESS }, 'dev_customer');
  await payOrder(rt, order.id);
  const online = await rt.ok('stores', 'reserveSlot', booking(store.id, { payMode: 'ONLINE', orderId: order.id }), 'dev_customer');
  const other = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p06-s1', quantity: 1 }], address: ADDRESS }, 'dev_customer');
  await payOrder(rt, other.id);
  const paid = await rt.ok('stores', 'reserveSlot', booking(store.id, { payMode: 'ONLINE', orderId: other.id, time: '16:00' }), 'dev_customer');
  await refund(rt, order, 0, 1);
  expect(await rt.ok('store-admin', 'checkInReservation', { code: online.code }, OWNER)).toMatchObject({ status: 'CHECKED_IN', orderRefunded: true });
  expect(await rt.ok('store-admin', 'checkInReservation', { code: paid.code }, OWNER)).toMatchObject({ status: 'CHECKED_IN', orderRefunded: false });
});

test('an order whose booking was cancelled may book again; a retry of the new booking books once', async () => {
  const store = await createStore(rt);
  const order = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p06-s1', quantity: 1 }], address: ADDRESS }, 'dev_customer');
  await payOrder(rt, order.id);
  const first = await rt.ok('stores', 'reserveSlot', booking(store.id, { payMode: 'ONLINE', orderId: order.id }), 'dev_customer');
  await rt.ok('stores', 'cancelReservation', { reservationId: first.id }, 'dev_customer');
  const again = await rt.ok('stores', 'reserveSlot', booking(store.id, { payMode: 'ONLINE', orderId: order.id, time: '16:00' }), 'dev_customer');
  expect(again).toMatchObject({ status: 'BOOKED', time: '16:00', orderId: order.id });
  expect(again.id).not.toBe(first.id);
  const retry = await rt.ok('stores', 'reserveSlot', booking(store.id, { payMode: 'ONLINE', orderId: order.id, time: '16:00' }), 'dev_customer');
  expect(retry.id).toBe(again.id);
  expect(await rt.store.count(COLLECTIONS.reservations, { orderId: order.id, status: 'BOOKED' })).toBe(1);
});
