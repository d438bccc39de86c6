import { createNewUser } from '../../server/seed/personas';
import { createPickupOrder, inStoreCoupon, OWNER, payOrder, storeWithStaff } from '../support/o2o-steps';
import { aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { createStaff } from '../support/withdrawal-fixtures';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

test('店员业绩: per person, pickups, check-ins and coupons verified at this store, and shoppers bound by their code', async () => {
  const { store, clerk, code } = await storeWithStaff(rt);
  const cashier = await createStaff(rt, ['orders']);
  const shoppers = await Promise.all([createNewUser(rt), createNewUser(rt)]);
  for (const s of shoppers) await rt.ok('referral', 'bindByScene', { scene: code.scene }, s);
  const [first, second] = shoppers as [string, string];

  // Two pickups: the cashier hands one over, the owner the other.
  for (const [buyer, staff] of [
    [first, cashier],
    [second, OWNER],
  ] as const) {
    const order = await createPickupOrder(rt, buyer, store.id, [{ skuId: 'p06-s1', quantity: 1 }]);
    await payOrder(rt, order.id);
    const { code: pickupCode } = await rt.ok('stores', 'getMyPickupCode', { orderId: order.id }, buyer);
    await rt.ok('store-admin', 'verifyPickup', { code: pickupCode }, staff);
  }
  const booking = await rt.ok('stores', 'reserveSlot', { requestId: aRequestId(), storeId: store.id, date: '2026-11-21', time: '14:00', payMode: 'IN_STORE' }, first);
  await rt.ok('store-admin', 'checkInReservation', { code: booking.code }, cashier);
  const coupon = await inStoreCoupon(rt, second);
  await rt.ok('store-admin', 'verifyCoupon', { code: coupon.code, storeId: store.id }, cashier);

  const rows = await rt.ok('store-admin', 'getStaffReport', { storeId: store.id }, OWNER);
  expect(rows).toEqual([
    expect.objectContaining({ userId: clerk, title: '店员 小王', pickupsVerified: 0, reservationsCheckedIn: 0, couponsVerified: 0, newMembers: 2 }),
    expect.objectContaining({ userId: cashier, title: null, pickupsVerified: 1, reservationsCheckedIn: 1, couponsVerified: 1, newMembers: 0 }),
    expect.objectContaining({ userId: OWNER, title: null, pickupsVerified: 1, reservationsCheckedIn: 0, couponsVerified: 0, newMembers: 0 }),
  ]);
  expect(rows.every((r) => typeof r.nickname === 'string' && r.nickname.length > 0)).toBe(true);
  // The store's totals agree with the per-person lines.
  const [total] = await rt.ok('store-admin', 'getStoreReport', {}, OWNER);
  expect(total).toMatchObject({ pickupsVerified: 2, checkedIn: 1, couponsVerified: 1, newMembers: 2 });

  expect(await rt.call('store-admin', 'getStaffReport', { storeId: store.id }, cashier)).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  expect(await rt.call('store-admin', 'getStaffReport', { storeId: 'S000000000000' }, OWNER)).toMatchObject({ ok: false, code: 'STORE.NOT_FOUND' });
});
