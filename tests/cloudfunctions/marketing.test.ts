import type { FnAction, FnPayload } from '../../src/contracts/api/apis';
import fc from 'fast-check';
import type { CouponTemplateView, MarketingRulesView, SignInResult, UserCouponView } from '../../src/contracts/marketing';
import type { OrderView } from '../../src/contracts/orders';
import { checkPointsLedger } from '../../cloudfunctions/shared/flows/marketing/check-points-ledger';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { createNewUser } from '../../server/seed/personas';
import { boundShopper, refund } from '../support/money-flow';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { createStaff } from '../support/withdrawal-fixtures';

const OWNER = 'dev_staff';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let rt: TestRuntime;
beforeAll(async () => {
  rt = await createTestRuntime();
});
afterAll(() => rt.close());

const admin = <K extends FnAction<'marketing-admin'>>(action: K, payload: FnPayload<'marketing-admin', K>, as = OWNER) => rt.ok('marketing-admin', action, payload, as);
const mk = <K extends FnAction<'marketing'>>(action: K, payload: FnPayload<'marketing', K>, as: string) => rt.ok('marketing', action, payload, as);

function window(days = 30) {
  return { validFrom: new Date(rt.now().getTime() - HOUR).toISOString(), validTo: new Date(rt.now().getTime() + days * DAY).toISOString() };
}

async function couponTemplate(extra: Partial<Record<string, unknown>> = {}): Promise<CouponTemplateView> {
  return admin('saveCouponTemplate', {
    requestId: aRequestId(),
    name: '满100减10',
    rule: { kind: 'FIXED', amountFen: 1000, thresholdFen: 10000 },
    scope: { kind: 'ALL' },
    ...window(),
    perUserLimit: 1,
    totalQuantity: null,
    claimable: true,
    ...extra,
  });
}

async function rules(): Promise<MarketingRulesView> {
  return admin('getMarketingRules', {});
}

type Loose<T> = { [K in keyof T]: T[K] extends number ? number : T[K] };
async function setPointsRules(points: Partial<Loose<MarketingRulesView['points']>>): Promise<void> {
  const current = await rules();
  await admin('updatePointsRules', { expectedVersion: current.version, points: { ...current.points, ...points } });
}

async function setLevels(levels: Array<{ id: string; name: string; minSpendFen: number; offBps: number; memberPriceFenBySkuId: Record<string, number> }>): Promise<void> {
  await admin('updateMemberLevels', { expectedVersion: (await rules()).version, levels });
}

async function stopAllFullReductions(): Promise<void> {
  const page = await admin('listFullReductions', { status: 'ACTIVE', limit: 50 });
  for (const fr of page.items) await admin('setFullReductionStatus', { activityId: fr.id, status: 'STOPPED' });
}

const createOrder = (buyer: string, lines: Array<{ skuId: string; quantity: number }>, extra: object = {}, requestId = aRequestId()) =>
  rt.call<OrderView>('orders', 'createOrder', { requestId, lines, address: ADDRESS, ...extra }, buyer);

async function pointsOf(userId: string): Promise<number> {
  return (await rt.store.get(COLLECTIONS.pointsAccounts, userId))?.balance ?? 0;
}

/** Balance = Σ changes, for every account (the ledger is the truth, the account a cache). */
async function expectPointsConserved(): Promise<void> {
  const report = await checkPointsLedger(rt.store);
  expect(report).toEqual({ problems: [], complete: true });
  expect(await rt.store.count(COLLECTIONS.pointsChanges, {})).toBeGreaterThan(0);
}

/** Gives a customer points through the real sign-in (a big daily reward), one Beijing day at a time. */
async function givePoints(userId: string, points: number): Promise<void> {
  const before = await rules();
  await setPointsRules({ signInPoints: points, streakBonuses: [] });
  await mk('signIn', {}, userId);
  await setPointsRules({ signInPoints: before.points.signInPoints, streakBonuses: before.points.streakBonuses });
}

describe('server-level pricing property: coupons, 满减, points and member discounts', () => {
  const SKUS = ['p01-s1', 'p02-s2', 'p05-s1', 'p06-s1', 'p09-s1', 'p11-s1'];

  test('every line ≥ 0, Σ lines + shipping = total, preview = order, commission on line amounts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          lines: fc.uniqueArray(fc.record({ skuId: fc.constantFrom(...SKUS), quantity: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 4, selector: (l) => l.skuId }),
          level: fc.option(fc.record({ offBps: fc.integer({ min: 0, max: 3000 }), memberPriceSku: fc.option(fc.constantFrom(...SKUS), { nil: null }), memberPriceFen: fc.integer({ min: 0, max: 9000 }) }), { nil: null }),
          fullReduction: fc.option(
            fc.record({
              tiers: fc.array(fc.integer({ min: 1000, max: 40000 }).chain((t) => fc.record({ thresholdFen: fc.constant(t), reductionFen: fc.integer({ min: 1, max: t - 1 }) })), { minLength: 1, maxLength: 3 }),
              products: fc.option(fc.subarray(['p01', 'p02', 'p05', 'p06', 'p09', 'p11'], { minLength: 1 }), { nil: null }),
            }),
            { nil: null },
          ),
          coupon: fc.option(
            fc.record({
              rule: fc.oneof(
                fc.oneof(fc.constant(0), fc.integer({ min: 2, max: 30000 })).chain((threshold) =>
                  fc.record({ kind: fc.constant('FIXED' as const), thresholdFen: fc.constant(threshold), amountFen: fc.integer({ min: 1, max: threshold > 1 ? threshold - 1 : 5000 }) }),
                ),
                fc.record({ kind: fc.constant('PERCENT' as const), offBps: fc.integer({ min: 1, max: 10000 }), capFen: fc.option(fc.integer({ min: 1, max: 20000 }), { nil: null }), thresholdFen: fc.integer({ min: 0, max: 30000 }) }),
              ),
              scope: fc.oneof(
                fc.constant({ kind: 'ALL' as const }),
                fc.record({ kind: fc.constant('CATEGORIES' as const), categoryIds: fc.subarray(['fruit', 'snack', 'home'], { minLength: 1 }) }),
                fc.record({ kind: fc.constant('PRODUCTS' as const), productIds: fc.subarray(['p01', 'p02', 'p05', 'p06', 'p09', 'p11'], { minLength: 1 }) }),
              ),
            }),
            { nil: null },
          ),
          points: fc.option(fc.record({ balance: fc.integer({ min: 1, max: 10000 }), fenPerPoint: fc.constantFrom(1, 2, 4, 5, 10, 20, 25, 50, 100), maxDeductionBps: fc.integer({ min: 0, max: 10000 }), earnBps: fc.integer({ min: 0, max: 500 }) }), { nil: null }),
        }),
        async (c) => {
          await stopAllFullReductions();
          await setLevels(c.level ? [{ id: 'v1', name: '银卡', minSpendFen: 0, offBps: c.level.offBps, memberPriceFenBySkuId: c.level.memberPriceSku ? { [c.level.memberPriceSku]: c.level.memberPriceFen } : {} }] : []);
          if (c.fullReduction) {
            await admin('saveFullReduction', { requestId: aRequestId(), name: '满减', tiers: c.fullReduction.tiers, productIds: c.fullReduction.products, startAt: window().validFrom, endAt: window().validTo });
          }
          const buyer = await boundShopper(rt);
          if (c.points) {
            await setPointsRules({ fenPerPoint: c.points.fenPerPoint, maxDeductionBps: c.points.maxDeductionBps, earnBps: c.points.earnBps });
            await givePoints(buyer, c.points.balance);
          }
          let couponId: string | undefined;
          if (c.coupon) {
            const template = await couponTemplate({ rule: c.coupon.rule, scope: c.coupon.scope });
            couponId = (await admin('issueCoupon', { templateId: template.id, userId: buyer, requestId: aRequestId() })).id;
          }
          const extra = { ...(couponId ? { couponId } : {}), ...(c.points ? { usePoints: true } : {}) };
          const preview = await mk('previewCheckout', { lines: c.lines, ...extra }, buyer);
          let res = await createOrder(buyer, c.lines, extra);
          if (!res.ok && res.code === 'COUPON.NOT_USABLE') {
            // The preview said why; the customer drops the coupon and orders anyway.
            expect(preview.notApplied.some((n) => n.kind === 'COUPON')).toBe(true);
            const { couponId: _dropped, ...rest } = extra as { couponId?: string };
            res = await createOrder(buyer, c.lines, rest);
          } else if (res.ok) {
            expect({ total: preview.totalFen, discounts: preview.discounts }).toEqual({ total: res.data.totalFen, discounts: res.data.discounts });
          }
          if (!res.ok) throw new Error(`createOrder refused: ${res.code} ${res.message}`);
          const order = res.data;

          order.lines.forEach((l) => expect(l.amountFen).toBeGreaterThanOrEqual(0));
          expect(order.lines.reduce((a, l) => a + l.amountFen, 0) + order.shippingFen).toBe(order.totalFen);
          expect(order.goodsFen).toBe(order.totalFen - order.shippingFen);
          const stored = await rt.store.get(COLLECTIONS.orders, order.id);
          expect(Object.values(stored?.pricing?.pointsByLine ?? {}).reduce((a, b) => a + b, 0)).toBe(order.pointsUsed);

          expect((await rt.pay(order.id)).errcode).toBe(0);
          const entries = await rt.store.find(COLLECTIONS.commissionEntries, { orderId: order.id }, { limit: 100 });
          const skips = await rt.store.find(COLLECTIONS.commissionSkips, { orderId: order.id }, { limit: 100 });
          // Every line and level either earned (an entry) or is recorded as skipped (e.g. a line paid to 0 rounds to 0).
          const decided = [...entries.map((e) => e._id), ...skips.map((k) => k._id)].sort();
          expect(decided).toEqual(order.lines.flatMap((l) => [`${l.lineId}:L1`, `${l.lineId}:L2`]).sort());
          for (const e of entries) {
            const line = order.lines.find((l) => l.lineId === e.lineId);
            expect(e.baseFen).toBe(line?.amountFen);
            if (e.basis?.kind === 'RATE') expect(e.amountFen).toBe(Math.floor(((line?.amountFen ?? 0) * e.basis.rateBps) / 10000));
          }
        },
      ),
      { numRuns: 20 },
    );
    await expectPointsConserved();
  }, 120_000);
});

describe('coupons', () => {
  beforeAll(async () => {
    await stopAllFullReductions();
    await setLevels([]);
  });

  test('one coupon per order: a used coupon is refused, a retry returns the same order, an array is not a coupon', async () => {
    const buyer = await createNewUser(rt);
    const template = await couponTemplate({ perUserLimit: 2 });
    const coupon = await mk('claimCoupon', { templateId: template.id, requestId: aRequestId() }, buyer);
    const lines = [{ skuId: 'p05-s1', quantity: 2 }]; // 178.00
    const requestId = aRequestId();
    const first = await createOrder(buyer, lines, { couponId: coupon.id }, requestId);
    expect(first).toMatchObject({ ok: true, data: { totalFen: 17800 - 1000, discounts: [{ kind: 'COUPON', amountFen: 1000 }] } });
    expect(await rt.store.get(COLLECTIONS.userCoupons, coupon.id)).toMatchObject({ status: 'USED', orderId: first.ok ? first.data.id : '' });
    // The same checkout retried: same order, nothing locked twice.
    expect(await createOrder(buyer, lines, { couponId: coupon.id }, requestId)).toMatchObject({ ok: true, data: { id: first.ok ? first.data.id : '' } });
    expect(await createOrder(buyer, lines, { couponId: coupon.id })).toMatchObject({ ok: false, code: 'COUPON.USED' });
    const second = await mk('claimCoupon', { templateId: template.id, requestId: aRequestId() }, buyer);
    expect(await createOrder(buyer, lines, { couponId: [coupon.id, second.id] })).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
    // Someone else's coupon does not exist for this buyer; below the threshold is refused with nothing written.
    expect(await createOrder(await createNewUser(rt), lines, { couponId: second.id })).toMatchObject({ ok: false, code: 'COUPON.NOT_FOUND' });
    expect(await createOrder(buyer, [{ skuId: 'p03-s1', quantity: 1 }], { couponId: second.id })).toMatchObject({ ok: false, code: 'COUPON.NOT_USABLE' });
    expect(await rt.store.get(COLLECTIONS.userCoupons, second.id)).toMatchObject({ status: 'UNUSED', orderId: null });
  });

  test('two checkouts racing for one coupon (or the same points): one order gets it, the other is refused with nothing written', async () => {
    await setPointsRules({ fenPerPoint: 1, maxDeductionBps: 10000 });
    const buyer = await createNewUser(rt);
    await givePoints(buyer, 1000);
    const coupon = await mk('claimCoupon', { templateId: (await couponTemplate()).id, requestId: aRequestId() }, buyer);
    const lines = [{ skuId: 'p05-s1', quantity: 2 }];
    const raced = await Promise.all([createOrder(buyer, lines, { couponId: coupon.id }), createOrder(buyer, lines, { couponId: coupon.id })]);
    expect(raced.filter((r) => r.ok)).toHaveLength(1);
    expect(raced.find((r) => !r.ok)).toMatchObject({ ok: false, code: 'COUPON.USED' });
    // Both price with the same balance; the second debit finds it gone and that order is refused (or, if the
    // second checkout priced after the first committed, it simply uses no points). The points are spent once.
    const points = await Promise.all([createOrder(buyer, lines, { usePoints: true }), createOrder(buyer, lines, { usePoints: true })]);
    for (const r of points) if (!r.ok) expect(r.code).toBe('POINTS.INSUFFICIENT');
    expect(points.reduce((a, r) => a + (r.ok ? r.data.pointsUsed : 0), 0)).toBe(1000);
    expect(await pointsOf(buyer)).toBe(0);
    expect(await rt.store.count(COLLECTIONS.orders, { buyerId: buyer })).toBe(1 + points.filter((r) => r.ok).length);
    await expectPointsConserved();
  });

  test('per-user limit and total quantity hold under concurrent claims; a retried claim returns the same coupon', async () => {
    const template = await couponTemplate({ perUserLimit: 2, totalQuantity: 3 });
    const [a, b] = [await createNewUser(rt), await createNewUser(rt)];
    const claim = (user: string, requestId = aRequestId()) => rt.call<UserCouponView>('marketing', 'claimCoupon', { templateId: template.id, requestId }, user);
    const byA = await Promise.all(Array.from({ length: 5 }, () => claim(a)));
    expect(byA.filter((r) => r.ok)).toHaveLength(2);
    expect(byA.filter((r) => !r.ok).every((r) => !r.ok && ['COUPON.USER_LIMIT', 'MARKETING.BUSY'].includes(r.code))).toBe(true);
    const byB = await Promise.all(Array.from({ length: 3 }, () => claim(b)));
    expect(byB.filter((r) => r.ok)).toHaveLength(1); // 3 in total
    expect(await rt.store.count(COLLECTIONS.userCoupons, { templateId: template.id })).toBe(3);
    const centre = await mk('listCouponCentre', {}, a);
    expect(centre.find((i) => i.template.id === template.id)).toMatchObject({ claimedByMe: 2, canClaim: false });

    const one = await couponTemplate({ perUserLimit: 1 });
    const c = await createNewUser(rt);
    const requestId = aRequestId();
    const first = await mk('claimCoupon', { templateId: one.id, requestId }, c);
    expect(await mk('claimCoupon', { templateId: one.id, requestId }, c)).toEqual(first);
    expect(await rt.call('marketing', 'claimCoupon', { templateId: one.id, requestId: aRequestId() }, c)).toMatchObject({ ok: false, code: 'COUPON.USER_LIMIT' });
  });

  test('staff issue non-claimable coupons (audited); a stopped template grants nothing; only staff with marketing may', async () => {
    const template = await couponTemplate({ claimable: false });
    const buyer = await createNewUser(rt);
    expect(await rt.call('marketing', 'claimCoupon', { templateId: template.id, requestId: aRequestId() }, buyer)).toMatchObject({ ok: false, code: 'COUPON.NOT_CLAIMABLE' });
    const clerk = await createStaff(rt, ['marketing']);
    const issued = await admin('issueCoupon', { templateId: template.id, userId: buyer, requestId: aRequestId() }, clerk);
    expect(issued).toMatchObject({ source: 'ISSUE', status: 'UNUSED' });
    expect(await rt.store.count(COLLECTIONS.auditLog, { action: 'issueCoupon', target: issued.id })).toBe(1);
    await admin('setCouponTemplateStatus', { templateId: template.id, status: 'STOPPED' });
    expect(await rt.call('marketing-admin', 'issueCoupon', { templateId: template.id, userId: await createNewUser(rt), requestId: aRequestId() }, clerk)).toMatchObject({ ok: false, code: 'COUPON.STOPPED' });
    expect(await rt.call('marketing-admin', 'issueCoupon', { templateId: template.id, userId: buyer, requestId: aRequestId() }, await createStaff(rt, ['orders']))).toMatchObject({
      ok: false,
      code: 'AUTH.FORBIDDEN',
    });
  });

  test('cancel (by the buyer or at the pay deadline) restores the coupon and the points', async () => {
    await setPointsRules({ fenPerPoint: 1, maxDeductionBps: 5000, earnBps: 0 });
    const buyer = await createNewUser(rt);
    await givePoints(buyer, 3000);
    const template = await couponTemplate({ perUserLimit: 1 });
    const coupon = await mk('claimCoupon', { templateId: template.id, requestId: aRequestId() }, buyer);
    const lines = [{ skuId: 'p05-s1', quantity: 2 }];

    const order = await createOrder(buyer, lines, { couponId: coupon.id, usePoints: true });
    if (!order.ok) throw new Error(order.code);
    expect(order.data).toMatchObject({ pointsUsed: 3000, totalFen: 17800 - 1000 - 3000 });
    expect(await pointsOf(buyer)).toBe(0);
    await rt.ok('orders', 'cancelOrder', { orderId: order.data.id }, buyer);
    expect(await rt.store.get(COLLECTIONS.userCoupons, coupon.id)).toMatchObject({ status: 'UNUSED', orderId: null });
    expect(await pointsOf(buyer)).toBe(3000);
    await rt.ok('orders', 'cancelOrder', { orderId: order.data.id }, buyer); // repeat: nothing more comes back
    expect(await pointsOf(buyer)).toBe(3000);

    const again = await createOrder(buyer, lines, { couponId: coupon.id, usePoints: true });
    if (!again.ok) throw new Error(again.code);
    rt.advance(31 * 60 * 1000);
    const timers = (await invokeFunction(rt, 'reconcile', {}, { openid: null, source: 'wx_trigger' })) as { data: { cancelled: number } };
    expect(timers.data.cancelled).toBeGreaterThanOrEqual(1);
    expect(await rt.store.get(COLLECTIONS.orders, again.data.id)).toMatchObject({ status: 'CANCELLED' });
    expect(await rt.store.get(COLLECTIONS.userCoupons, coupon.id)).toMatchObject({ status: 'UNUSED', orderId: null });
    expect(await pointsOf(buyer)).toBe(3000);
    await expectPointsConserved();
  });

  test('the preview judges every coupon against the cart and hints the next 满减 tier', async () => {
    await admin('saveFullReduction', { requestId: aRequestId(), name: '双十二', tiers: [{ thresholdFen: 10000, reductionFen: 1000 }, { thresholdFen: 20000, reductionFen: 3000 }], productIds: null, ...{ startAt: window().validFrom, endAt: window().validTo } });
    const buyer = await createNewUser(rt);
    const fits = await mk('claimCoupon', { templateId: (await couponTemplate({ rule: { kind: 'FIXED', amountFen: 500, thresholdFen: 5000 } })).id, requestId: aRequestId() }, buyer);
    const tooBig = await mk('claimCoupon', { templateId: (await couponTemplate({ rule: { kind: 'FIXED', amountFen: 5000, thresholdFen: 90000 } })).id, requestId: aRequestId() }, buyer);
    const preview = await mk('previewCheckout', { lines: [{ skuId: 'p05-s1', quantity: 2 }] }, buyer);
    // 178.00 reaches 满100减10 (168.00 left); 再买 22.00 reaches 满200减30.
    expect(preview.discounts).toEqual([{ kind: 'FULL_REDUCTION', label: '满减', amountFen: 1000 }]);
    expect(preview.fullReductionHint).toMatchObject({ name: '双十二', missingFen: 2200, nextReductionFen: 3000 });
    expect(preview.coupons.map((c) => [c.coupon.id, c.usable, c.discountFen, c.reason])).toEqual([
      [fits.id, true, 500, null],
      [tooBig.id, false, 0, 'BELOW_THRESHOLD'],
    ]);
    await stopAllFullReductions();
  });
});

describe('points', () => {
  test('the ledger check finds a cached balance that drifted from its changes', async () => {
    const user = await createNewUser(rt);
    await givePoints(user, 7);
    await rt.store.update(COLLECTIONS.pointsAccounts, user, {}, { balance: 8 });
    expect((await checkPointsLedger(rt.store)).problems).toEqual([{ userId: user, cachedBalance: 8, ledgerBalance: 7 }]);
    await rt.store.update(COLLECTIONS.pointsAccounts, user, {}, { balance: 7 });
  });

  test('earned on what each line paid, reversed in proportion on refunds; spent points come back; balance = Σ changes', async () => {
    await stopAllFullReductions();
    await setPointsRules({ earnBps: 100, fenPerPoint: 1, maxDeductionBps: 1000 });
    const buyer = await createNewUser(rt);
    await givePoints(buyer, 500);
    const order = await createOrder(buyer, [{ skuId: 'p05-s1', quantity: 2 }, { skuId: 'p06-s1', quantity: 1 }], { usePoints: true });
    if (!order.ok) throw new Error(order.code);
    // 17800 + 3200 = 21000; cap 10% = 2100 → all 500 points; lines pay 17376 and 3124.
    expect(order.data).toMatchObject({ pointsUsed: 500, totalFen: 20500 });
    expect(order.data.lines.map((l) => l.amountFen)).toEqual([17376, 3124]);
    expect((await rt.pay(order.data.id)).errcode).toBe(0);
    // floor(17376 × 1%) + floor(3124 × 1%) = 173 + 31.
    expect(await pointsOf(buyer)).toBe(204);
    const earn = await rt.store.get(COLLECTIONS.pointsChanges, `earn:${order.data.id}`);
    expect(earn?.lines).toEqual({ [order.data.lines[0]?.lineId ?? '']: 173, [order.data.lines[1]?.lineId ?? '']: 31 });
    expect((await rt.pay(order.data.id)).errcode).toBe(0); // a repeated notify earns nothing more
    expect(await pointsOf(buyer)).toBe(204);

    // Refund one of two units of line 1 (8688 of 17376): it keeps floor(173 / 2) = 86 earned and floor(424 / 2) = 212
    // spent points, so 87 earned points go out and 212 spent points come back.
    const spentLine1 = (await rt.store.get(COLLECTIONS.orders, order.data.id))?.pricing?.pointsByLine[order.data.lines[0]?.lineId ?? ''] ?? 0;
    expect(spentLine1).toBe(424);
    await refund(rt, order.data, 0, 1);
    expect(await pointsOf(buyer)).toBe(204 - 87 + 212);
    await refund(rt, order.data, 0, 1);
    await refund(rt, order.data, 1, 1);
    // Everything refunded: every earned point gone, every spent point back.
    expect(await pointsOf(buyer)).toBe(500);
    await expectPointsConserved();
    await setPointsRules({ earnBps: 0 });
  });

  test('sign-in: once per Beijing day even when tapped twice at once; the streak continues or restarts', async () => {
    await setPointsRules({ signInPoints: 5, streakBonuses: [{ day: 3, points: 10 }] });
    const user = await createNewUser(rt);
    // Move to 15:30 UTC = 23:30 in Beijing, so the next sign-in an hour later is a new Beijing day.
    const now = rt.now();
    const target = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 15, 30);
    rt.advance(target - now.getTime());
    const both = await Promise.all([rt.call<SignInResult>('marketing', 'signIn', {}, user), rt.call<SignInResult>('marketing', 'signIn', {}, user)]);
    const earned = both.filter((r) => r.ok && !r.data.alreadySignedIn);
    expect(earned).toHaveLength(1);
    expect(await pointsOf(user)).toBe(5);
    expect(await mk('signIn', {}, user)).toMatchObject({ alreadySignedIn: true, pointsEarned: 0, balance: 5 });
    rt.advance(HOUR); // 00:30 Beijing, next day
    expect(await mk('signIn', {}, user)).toMatchObject({ alreadySignedIn: false, streak: 2, pointsEarned: 5 });
    rt.advance(DAY);
    expect(await mk('signIn', {}, user)).toMatchObject({ streak: 3, pointsEarned: 15, balance: 25 });
    rt.advance(2 * DAY);
    const account = await mk('getPointsAccount', {}, user);
    expect(account).toMatchObject({ balance: 25, signedInToday: false, streak: 0, todayPoints: 5 });
    expect(account.history.items.map((h) => h.delta)).toEqual([15, 5, 5]);
    expect(await mk('signIn', {}, user)).toMatchObject({ streak: 1, pointsEarned: 5 });
    await expectPointsConserved();
  });

  test('a streak day can reward a coupon, granted once in the sign-in transaction; a reward that ran out is skipped', async () => {
    const reward = await couponTemplate({ name: '连签7天券', claimable: false, totalQuantity: 1 });
    await setPointsRules({ signInPoints: 1, streakBonuses: [{ day: 2, points: 0, couponTemplateId: reward.id }] });
    const [a, b] = [await createNewUser(rt), await createNewUser(rt)];
    await mk('signIn', {}, a);
    await mk('signIn', {}, b);
    rt.advance(DAY);
    const first = await mk('signIn', {}, a);
    expect(first).toMatchObject({ streak: 2, pointsEarned: 1, couponsGranted: [{ templateId: reward.id, source: 'REWARD', status: 'UNUSED' }] });
    expect(await mk('signIn', {}, a)).toMatchObject({ alreadySignedIn: true, couponsGranted: [] });
    // The only coupon is gone: b still signs in and gets the points.
    expect(await mk('signIn', {}, b)).toMatchObject({ streak: 2, pointsEarned: 1, couponsGranted: [] });
    expect(await rt.store.count(COLLECTIONS.userCoupons, { templateId: reward.id })).toBe(1);
    await setPointsRules({ signInPoints: 0, streakBonuses: [] });
  });
});

describe('member levels', () => {
  test('the level follows cumulative spend and prices the next order', async () => {
    await stopAllFullReductions();
    await setLevels([
      { id: 'silver', name: '银卡', minSpendFen: 10000, offBps: 500, memberPriceFenBySkuId: {} },
      { id: 'gold', name: '金卡', minSpendFen: 50000, offBps: 1000, memberPriceFenBySkuId: { 'p06-s1': 2800 } },
    ]);
    const buyer = await createNewUser(rt);
    expect(await mk('getMyMemberLevel', {}, buyer)).toMatchObject({ spendFen: 0, level: null, next: { level: { id: 'silver' }, missingFen: 10000 } });
    const first = await createOrder(buyer, [{ skuId: 'p05-s1', quantity: 2 }]);
    if (!first.ok) throw new Error(first.code);
    expect(first.data.discounts).toEqual([]);
    expect((await rt.pay(first.data.id)).errcode).toBe(0);
    expect(await mk('getMyMemberLevel', {}, buyer)).toMatchObject({ level: { id: 'silver' }, next: { level: { id: 'gold' }, missingFen: 50000 - 17800 } });
    expect(await rt.ok('customer-admin', 'getCustomer', { userId: buyer }, OWNER)).toMatchObject({ level: '银卡' });
    const second = await createOrder(buyer, [{ skuId: 'p06-s1', quantity: 1 }]);
    expect(second).toMatchObject({ ok: true, data: { totalFen: 3200 - 160, discounts: [{ kind: 'MEMBER', label: '会员优惠', amountFen: 160 }] } });
    await setLevels([]);
  });

  test('rules edits are compare-and-set and audited', async () => {
    const current = await rules();
    expect(await rt.call('marketing-admin', 'updatePointsRules', { expectedVersion: current.version - 1, points: current.points }, OWNER)).toMatchObject({ ok: false, code: 'MARKETING.CHANGED' });
    await setPointsRules({ earnBps: 0 });
    expect(await rt.store.count(COLLECTIONS.auditLog, { action: 'updatePointsRules' })).toBeGreaterThan(0);
  });
});
