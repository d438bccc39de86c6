import type { VerifyCouponResult } from '../../src/contracts/stores';
import type { CouponTemplateDoc } from '../../cloudfunctions/shared/kernel/docs/marketing-docs';
import type { FnPayload } from '../../src/contracts/api/apis';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { createStore, inStoreCoupon, OWNER } from '../support/o2o-steps';
import { snapshotStore } from '../support/snapshot-store';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { createStaff } from '../support/withdrawal-fixtures';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const DAY = 24 * 3600_000;
const verify = (code: string, storeId: string, as = OWNER) => rt.call<VerifyCouponResult>('store-admin', 'verifyCoupon', { code, storeId }, as);
const lines = [{ skuId: 'p06-s1', quantity: 1 }];

test('the shopper reveals a counter code (the same on every reveal); staff verify it once: UNUSED → USED with store, staff and time, audited', async () => {
  const store = await createStore(rt);
  const buyer = await createNewUser(rt);
  const { couponId, code } = await inStoreCoupon(rt, buyer);
  const again = await rt.ok('stores', 'getMyCouponCode', { couponId }, buyer);
  expect(again).toMatchObject({ couponId, code, state: 'READY', usedInStore: null });
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
  // Someone else's coupon does not exist for them.
  expect(await rt.call('stores', 'getMyCouponCode', { couponId }, 'dev_customer')).toMatchObject({ ok: false, code: 'COUPON.NOT_FOUND' });

  const clerk = await createStaff(rt, ['orders']);
  const result = await rt.ok('store-admin', 'verifyCoupon', { code: code.toLowerCase(), storeId: store.id }, clerk);
  expect(result).toMatchObject({ couponId, storeName: store.name, verifiedAt: rt.now().toISOString() });
  const doc = await rt.store.get(COLLECTIONS.userCoupons, couponId);
  expect(doc).toMatchObject({ status: 'USED', orderId: null, usedAt: rt.now().toISOString(), counterUse: { storeId: store.id, storeName: store.name, staffId: clerk, at: rt.now().toISOString() } });
  expect(await rt.store.count(COLLECTIONS.auditLog, { action: 'verifyCoupon', target: couponId, actorId: clerk })).toBe(1);

  // A second verification is refused with its own code and writes nothing.
  const before = await snapshotStore(rt.store);
  expect(await verify(code, store.id)).toMatchObject({ ok: false, code: 'STORE.COUPON_ALREADY_USED' });
  expect(await snapshotStore(rt.store)).toEqual(before);
  // The shopper sees it used, in the store.
  expect(await rt.ok('stores', 'getMyCouponCode', { couponId }, buyer)).toMatchObject({ code, state: 'USED', usedInStore: { storeName: store.name } });
  const used = await rt.ok('marketing', 'listMyCoupons', { status: 'USED' }, buyer);
  expect(used.items).toEqual([expect.objectContaining({ id: couponId, usage: 'IN_STORE', usedInStore: { storeName: store.name, at: rt.now().toISOString() } })]);
  // And an online checkout cannot use it any more.
  expect(await rt.call('orders', 'createOrder', { requestId: aRequestId(), lines, address: ADDRESS, couponId }, buyer)).toMatchObject({ ok: false, code: 'COUPON.USED' });
});

test('10 concurrent verifications of one code: exactly one succeeds, the rest are STORE.COUPON_ALREADY_USED', async () => {
  const store = await createStore(rt);
  const buyer = await createNewUser(rt);
  const { couponId, code } = await inStoreCoupon(rt, buyer);
  const results = await Promise.all(Array.from({ length: 10 }, () => verify(code, store.id)));
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(new Set(results.filter((r) => !r.ok).map((r) => (r as { code: string }).code))).toEqual(new Set(['STORE.COUPON_ALREADY_USED']));
  expect(await rt.store.count(COLLECTIONS.auditLog, { action: 'verifyCoupon', target: couponId })).toBe(1);
});

test('expired, not yet valid, unknown and online-only coupons are refused with typed codes and nothing changes', async () => {
  const store = await createStore(rt);
  const buyer = await createNewUser(rt);
  const now = rt.now().getTime();
  const soon = await inStoreCoupon(rt, buyer, { validFrom: new Date(now + DAY).toISOString(), validTo: new Date(now + 3 * DAY).toISOString() });
  const short = await inStoreCoupon(rt, buyer, { validTo: new Date(now + DAY).toISOString() });
  const online = await inStoreCoupon(rt, buyer, { usage: 'ONLINE' });
  expect(await rt.call('stores', 'getMyCouponCode', { couponId: online.couponId }, buyer)).toMatchObject({ ok: false, code: 'STORE.COUPON_NOT_IN_STORE' });

  const before = await snapshotStore(rt.store);
  expect(await verify(soon.code, store.id)).toMatchObject({ ok: false, code: 'STORE.COUPON_NOT_STARTED' });
  expect(await verify('ZZZZZZZZZZ', store.id)).toMatchObject({ ok: false, code: 'STORE.COUPON_NOT_FOUND' });
  expect(await verify(short.code, 'S000000000000')).toMatchObject({ ok: false, code: 'STORE.NOT_FOUND' });
  rt.advance(2 * DAY);
  expect(await verify(short.code, store.id)).toMatchObject({ ok: false, code: 'STORE.COUPON_EXPIRED' });
  expect(await snapshotStore(rt.store)).toEqual(before);
  expect(await rt.ok('stores', 'getMyCouponCode', { couponId: short.couponId }, buyer)).toMatchObject({ state: 'EXPIRED' });
  // Now inside its window, the later one verifies.
  expect(await verify(soon.code, store.id)).toMatchObject({ ok: true });
});

test('an in-store-only coupon is never offered at checkout and createOrder refuses it (COUPON.NOT_USABLE); a BOTH coupon works online', async () => {
  const buyer = await createNewUser(rt);
  const inStore = await inStoreCoupon(rt, buyer);
  const both = await inStoreCoupon(rt, buyer, { usage: 'BOTH' });
  const preview = await rt.ok('marketing', 'previewCheckout', { lines }, buyer);
  expect(preview.coupons.map((c) => c.coupon.id)).toEqual([both.couponId]);

  const before = await snapshotStore(rt.store);
  expect(await rt.call('orders', 'createOrder', { requestId: aRequestId(), lines, address: ADDRESS, couponId: inStore.couponId }, buyer)).toMatchObject({
    ok: false,
    code: 'COUPON.NOT_USABLE',
  });
  expect(await snapshotStore(rt.store)).toEqual(before);

  // BOTH: spent online first, then the counter refuses it.
  expect(await rt.call('orders', 'createOrder', { requestId: aRequestId(), lines, address: ADDRESS, couponId: both.couponId }, buyer)).toMatchObject({ ok: true });
  expect(await verify(both.code, (await createStore(rt)).id)).toMatchObject({ ok: false, code: 'STORE.COUPON_ALREADY_USED' });
});

test('only staff with the orders permission verify; a shopper or the holder cannot', async () => {
  const store = await createStore(rt);
  const buyer = await createNewUser(rt);
  const { code } = await inStoreCoupon(rt, buyer);
  const otherStaff = await createStaff(rt, ['settings', 'marketing']);
  const before = await snapshotStore(rt.store);
  expect(await verify(code, store.id, buyer)).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  expect(await verify(code, store.id, 'dev_customer')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  expect(await verify(code, store.id, otherStaff)).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('a template keeps its usage when edited without one; old templates without usage read as online', async () => {
  const t = await rt.ok(
    'marketing-admin',
    'saveCouponTemplate',
    { requestId: aRequestId(), name: '到店券', rule: { kind: 'FIXED', amountFen: 500, thresholdFen: 0 }, scope: { kind: 'ALL' }, validFrom: rt.now().toISOString(), validTo: new Date(rt.now().getTime() + DAY).toISOString(), perUserLimit: 1, totalQuantity: null, claimable: true, usage: 'IN_STORE' },
    OWNER,
  );
  const { id, version, usage, issuedCount: _i, status: _s, ...fields } = t;
  expect(usage).toBe('IN_STORE');
  const edited = await rt.ok('marketing-admin', 'saveCouponTemplate', { requestId: aRequestId(), templateId: id, expectedVersion: version, ...fields, name: '到店券2' } as FnPayload<'marketing-admin', 'saveCouponTemplate'>, OWNER);
  expect(edited).toMatchObject({ name: '到店券2', usage: 'IN_STORE' });
  // A template stored before usage existed (no field) is online-only.
  const stored = await rt.store.get(COLLECTIONS.couponTemplates, id);
  const { usage: _u, ...old } = stored as CouponTemplateDoc;
  await rt.store.insert(COLLECTIONS.couponTemplates, { ...old, _id: 'CTold0000000001' });
  const listed = await rt.ok('marketing-admin', 'listCouponTemplates', { limit: 50 }, OWNER);
  expect(listed.items.filter((x) => x.id === id || x.id === 'CTold0000000001').map((x) => [x.id, x.usage])).toEqual(
    expect.arrayContaining([
      [id, 'IN_STORE'],
      ['CTold0000000001', 'ONLINE'],
    ]),
  );
});
