import fc from 'fast-check';
import { thrownCode as codeOf } from '../shared/thrown-code';
import { toBps, toFen } from '../money/fen';
import type { CommissionLine } from '../commission/calculate-line-commission';
import type { Coupon } from '../promotions/coupon';
import type { FullReductionActivity } from '../promotions/full-reduction';
import { priceCart, type CartLineInput, type PriceCartInput } from './price-cart';

const NOW = Date.UTC(2026, 10, 23);

const aLine = (overrides: Partial<CartLineInput> = {}): CartLineInput => ({
  lineId: 'l1',
  skuId: 'sku-1',
  productId: 'p1',
  categoryId: 'c1',
  unitPriceFen: toFen(10000),
  quantity: 1,
  ...overrides,
});

const aCoupon = (overrides: Partial<Coupon> = {}): Coupon => ({
  couponId: 'cp1',
  rule: { kind: 'FIXED', amountFen: toFen(1000), thresholdFen: toFen(10000) },
  scope: { kind: 'ALL' },
  validFromMs: NOW - 1000,
  validToMs: NOW + 1000,
  perUserLimit: 1,
  ...overrides,
});

const aFullReduction = (overrides: Partial<FullReductionActivity> = {}): FullReductionActivity => ({
  activityId: 'fr1',
  tiers: [
    { thresholdFen: toFen(10000), reductionFen: toFen(1000) },
    { thresholdFen: toFen(20000), reductionFen: toFen(3000) },
  ],
  productIds: null,
  ...overrides,
});

const aCart = (overrides: Partial<PriceCartInput> = {}): PriceCartInput => ({
  lines: [aLine()],
  member: null,
  coupon: null,
  fullReduction: null,
  points: null,
  shipping: { kind: 'FLAT', feeFen: toFen(0) },
  nowMs: NOW,
  ...overrides,
});

describe('priceCart', () => {
  it('prices a plain cart at list price plus flat shipping', () => {
    const cart = priceCart(aCart({ lines: [aLine({ quantity: 2 })], shipping: { kind: 'FLAT', feeFen: toFen(800) } }));
    expect(cart.lines[0]).toMatchObject({ listFen: 20000, paidFen: 20000 });
    expect(cart).toMatchObject({ goodsPaidFen: 20000, shippingFen: 800, totalFen: 20800, applied: [], notApplied: [] });
  });

  it('stacks member rate → 满减 → coupon → points in that order, each on what the previous left', () => {
    const cart = priceCart(
      aCart({
        lines: [aLine({ unitPriceFen: toFen(12000) }), aLine({ lineId: 'l2', skuId: 's2', unitPriceFen: toFen(12000) })],
        member: { levelId: 'gold', offBps: toBps(1000), memberPriceFenBySkuId: {} },
        fullReduction: aFullReduction(),
        coupon: { coupon: aCoupon(), usedByUserCount: 0 },
        points: { requestedPoints: 100_000, balancePoints: 500, fenPerPoint: 1, maxDeductionBps: toBps(5000) },
      }),
    );
    // 24000 list → 21600 after 10% off → 满200减30 → 18600 → 满100减10 coupon (threshold on 18600) → 17600 → 500 points.
    expect(cart.applied).toEqual([
      { kind: 'MEMBER', amountFen: 2400, ref: 'gold' },
      { kind: 'FULL_REDUCTION', amountFen: 3000, ref: 'fr1' },
      { kind: 'COUPON', amountFen: 1000, ref: 'cp1' },
      { kind: 'POINTS', amountFen: 500, ref: null },
    ]);
    expect(cart.lines.map((l) => [l.memberDiscountFen, l.fullReductionFen, l.couponFen, l.pointsFen, l.paidFen])).toEqual([
      [1200, 1500, 500, 250, 8550],
      [1200, 1500, 500, 250, 8550],
    ]);
    expect(cart.pointsUsed).toBe(500);
    expect(cart.totalFen).toBe(17100);
  });

  it('checks the coupon threshold after 满减', () => {
    // 100 yuan reaches 满100减10, leaving 90: below the coupon's 100 threshold.
    const cart = priceCart(aCart({ fullReduction: aFullReduction(), coupon: { coupon: aCoupon(), usedByUserCount: 0 } }));
    expect(cart.notApplied).toEqual([{ kind: 'COUPON', reason: 'BELOW_THRESHOLD', ref: 'cp1' }]);
    expect(cart.totalFen).toBe(9000);
  });

  it('uses the member price per SKU over the level rate', () => {
    const cart = priceCart(
      aCart({ member: { levelId: 'v1', offBps: toBps(500), memberPriceFenBySkuId: { 'sku-1': toFen(8800) } } }),
    );
    expect(cart.lines[0]?.memberDiscountFen).toBe(1200);
  });

  it('gives activity lines their activity price and keeps them out of member, 满减 and coupon', () => {
    const cart = priceCart(
      aCart({
        lines: [aLine({ activity: { kind: 'FLASH_SALE', priceFen: toFen(5000) } }), aLine({ lineId: 'l2', skuId: 's2' })],
        member: { levelId: 'v1', offBps: toBps(1000), memberPriceFenBySkuId: {} },
        coupon: { coupon: aCoupon({ rule: { kind: 'FIXED', amountFen: toFen(500), thresholdFen: toFen(0) } }), usedByUserCount: 0 },
      }),
    );
    expect(cart.lines[0]).toMatchObject({ activityDiscountFen: 5000, memberDiscountFen: 0, couponFen: 0, paidFen: 5000 });
    expect(cart.lines[1]).toMatchObject({ memberDiscountFen: 1000, couponFen: 500, paidFen: 8500 });
  });

  it('refuses a coupon on a cart of activity goods only', () => {
    const cart = priceCart(
      aCart({
        lines: [aLine({ activity: { kind: 'BARGAIN', priceFen: toFen(100) } })],
        coupon: { coupon: aCoupon(), usedByUserCount: 0 },
        fullReduction: aFullReduction(),
      }),
    );
    expect(cart.notApplied.map((n) => [n.kind, n.reason])).toEqual([
      ['FULL_REDUCTION', 'NO_ELIGIBLE_GOODS'],
      ['COUPON', 'NO_ELIGIBLE_GOODS'],
    ]);
  });

  it('judges 满X包邮 on the goods after discounts, before points', () => {
    const shipping = { kind: 'FREE_OVER', feeFen: toFen(1000), freeOverFen: toFen(10000) } as const;
    expect(priceCart(aCart({ shipping })).shippingFen).toBe(0);
    expect(priceCart(aCart({ shipping, fullReduction: aFullReduction() })).shippingFen).toBe(1000);
    const withPoints = priceCart(
      aCart({ shipping, points: { requestedPoints: 5000, balancePoints: 5000, fenPerPoint: 1, maxDeductionBps: toBps(10000) } }),
    );
    expect(withPoints).toMatchObject({ shippingFen: 0, totalFen: 5000 });
  });

  it('does not apply (nor use up) a coupon worth nothing on this cart', () => {
    const rule = { kind: 'PERCENT', offBps: toBps(0), capFen: null, thresholdFen: toFen(0) } as const;
    const cart = priceCart(aCart({ coupon: { coupon: aCoupon({ rule }), usedByUserCount: 0 } }));
    expect(cart.notApplied).toEqual([{ kind: 'COUPON', reason: 'ZERO_DISCOUNT', ref: 'cp1' }]);
  });

  it('says why points were not used', () => {
    const cart = priceCart(aCart({ points: { requestedPoints: 10, balancePoints: 0, fenPerPoint: 1, maxDeductionBps: toBps(5000) } }));
    expect(cart.notApplied).toEqual([{ kind: 'POINTS', reason: 'NO_POINTS_USABLE', ref: null }]);
  });

  it('refuses empty carts, bad quantities and negative prices; a repeated line id is a bug', () => {
    expect(codeOf(() => priceCart(aCart({ lines: [] })))).toBe('ORDER.EMPTY');
    expect(codeOf(() => priceCart(aCart({ lines: [aLine({ quantity: 0 })] })))).toBe('ORDER.INVALID_QUANTITY');
    expect(codeOf(() => priceCart(aCart({ lines: [aLine({ unitPriceFen: toFen(-1) })] })))).toBe('ORDER.INVALID_PRICE');
    expect(codeOf(() => priceCart(aCart({ lines: [aLine(), aLine()] })))).toMatch(/^plain:/);
  });

  describe('properties over random carts, coupons, 满减, points and member benefits', () => {
    const ids = ['a', 'b', 'c'];
    const lineArb = fc.record({
      skuId: fc.constantFrom('s1', 's2', 's3'),
      productId: fc.constantFrom(...ids),
      categoryId: fc.constantFrom(...ids),
      unitPriceFen: fc.integer({ min: 0, max: 1_000_000 }).map(toFen),
      quantity: fc.integer({ min: 1, max: 99 }),
      activity: fc.option(
        fc.record({
          kind: fc.constantFrom('FLASH_SALE' as const, 'GROUP_BUY' as const, 'BARGAIN' as const),
          priceFen: fc.integer({ min: 0, max: 1_000_000 }).map(toFen),
        }),
        { nil: undefined, freq: 4 },
      ),
    });
    const fenArb = (max: number) => fc.integer({ min: 0, max }).map(toFen);
    const couponArb = fc.record({
      coupon: fc.record({
        couponId: fc.constant('cp'),
        rule: fc.oneof(
          fc.record({ kind: fc.constant('FIXED' as const), amountFen: fenArb(5_000_000), thresholdFen: fenArb(5_000_000) }),
          fc.record({
            kind: fc.constant('PERCENT' as const),
            offBps: fc.integer({ min: 0, max: 10000 }).map(toBps),
            capFen: fc.option(fenArb(5_000_000), { nil: null }),
            thresholdFen: fenArb(5_000_000),
          }),
        ),
        scope: fc.oneof(
          fc.constant({ kind: 'ALL' as const }),
          fc.record({ kind: fc.constant('PRODUCTS' as const), productIds: fc.subarray(ids) }),
          fc.record({ kind: fc.constant('CATEGORIES' as const), categoryIds: fc.subarray(ids) }),
        ),
        validFromMs: fc.constant(NOW - 1),
        validToMs: fc.constant(NOW + 1),
        perUserLimit: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      }),
      usedByUserCount: fc.integer({ min: 0, max: 3 }),
    });
    const fullReductionArb = fc.record({
      activityId: fc.constant('fr'),
      tiers: fc.array(fc.record({ thresholdFen: fenArb(5_000_000), reductionFen: fenArb(5_000_000) }), { minLength: 1, maxLength: 4 }),
      productIds: fc.option(fc.subarray(ids), { nil: null }),
    });
    const cartArb = fc.record({
      lines: fc
        .array(lineArb, { minLength: 1, maxLength: 8 })
        .map((ls) => ls.map((l, i) => ({ ...l, lineId: `l${i}` }))),
      member: fc.option(
        fc.record({
          levelId: fc.constant('lv'),
          offBps: fc.integer({ min: 0, max: 10000 }).map(toBps),
          memberPriceFenBySkuId: fc.dictionary(fc.constantFrom('s1', 's2', 's3'), fenArb(1_000_000)),
        }),
        { nil: null },
      ),
      coupon: fc.option(couponArb, { nil: null }),
      fullReduction: fc.option(fullReductionArb, { nil: null }),
      points: fc.option(
        fc.record({
          requestedPoints: fc.integer({ min: 0, max: 10_000_000 }),
          balancePoints: fc.integer({ min: 0, max: 10_000_000 }),
          fenPerPoint: fc.integer({ min: 1, max: 100 }),
          maxDeductionBps: fc.integer({ min: 0, max: 10000 }).map(toBps),
        }),
        { nil: null },
      ),
      shipping: fc.oneof(
        fc.record({ kind: fc.constant('FLAT' as const), feeFen: fenArb(2000) }),
        fc.record({ kind: fc.constant('FREE_OVER' as const), feeFen: fenArb(2000), freeOverFen: fenArb(1_000_000) }),
      ),
      nowMs: fc.constant(NOW),
    });

    it('every line ≥ 0, lines + shipping = total, each line = list − its discounts, no discount exceeds its base', () => {
      fc.assert(
        fc.property(cartArb, (input) => {
          const cart = priceCart(input);
          let sum = 0;
          for (const l of cart.lines) {
            const parts = [l.memberDiscountFen, l.activityDiscountFen, l.fullReductionFen, l.couponFen, l.pointsFen];
            parts.forEach((p) => expect(p).toBeGreaterThanOrEqual(0));
            expect(l.paidFen).toBeGreaterThanOrEqual(0);
            expect(l.paidFen).toBe(l.listFen - parts.reduce((a, b) => a + b, 0));
            // A line that took an activity price takes no member, 满减 or coupon discount.
            const src = input.lines.find((x) => x.lineId === l.lineId);
            if (src?.activity) expect(l.memberDiscountFen + l.fullReductionFen + l.couponFen).toBe(0);
            sum += l.paidFen;
          }
          expect(cart.goodsPaidFen).toBe(sum);
          expect(cart.totalFen).toBe(sum + cart.shippingFen);
          // Each order-level discount equals what its lines carry.
          for (const [kind, field] of [
            ['FULL_REDUCTION', 'fullReductionFen'],
            ['COUPON', 'couponFen'],
            ['POINTS', 'pointsFen'],
          ] as const) {
            const onLines = cart.lines.reduce((a, l) => a + l[field], 0);
            expect(cart.applied.find((a) => a.kind === kind)?.amountFen ?? 0).toBe(onLines);
          }
          if (input.points) {
            expect(cart.pointsUsed).toBeLessThanOrEqual(Math.min(input.points.balancePoints, input.points.requestedPoints));
            expect(cart.pointsUsed * input.points.fenPerPoint).toBe(cart.lines.reduce((a, l) => a + l.pointsFen, 0));
          }
          expect(cart.applied.every((a) => a.amountFen > 0)).toBe(true);
          // Every promotion asked for is either applied or explained.
          for (const [kind, asked] of [['COUPON', input.coupon], ['FULL_REDUCTION', input.fullReduction], ['POINTS', input.points]] as const) {
            const seen = [...cart.applied, ...cart.notApplied].filter((a) => a.kind === kind).length;
            expect(seen).toBe(asked ? 1 : 0);
          }
          // The commission base is each line's paidFen, so shipping never earns commission.
          const commissionLines: CommissionLine[] = cart.lines;
          expect(commissionLines.reduce((a, l) => a + l.paidFen, 0)).toBe(cart.totalFen - cart.shippingFen);
          // No promotion gives more than it promises.
          const couponGiven = cart.applied.find((a) => a.kind === 'COUPON')?.amountFen ?? 0;
          const rule = input.coupon?.coupon.rule;
          if (rule?.kind === 'FIXED') expect(couponGiven).toBeLessThanOrEqual(rule.amountFen);
          if (rule?.kind === 'PERCENT' && rule.capFen !== null) expect(couponGiven).toBeLessThanOrEqual(rule.capFen);
          const frGiven = cart.applied.find((a) => a.kind === 'FULL_REDUCTION')?.amountFen ?? 0;
          const maxTier = Math.max(0, ...(input.fullReduction?.tiers.map((t) => t.reductionFen) ?? []));
          expect(frGiven).toBeLessThanOrEqual(maxTier);
        }),
        { numRuns: 300 },
      );
    });

    it('is deterministic', () => {
      fc.assert(fc.property(cartArb, (input) => expect(priceCart(input)).toEqual(priceCart(input))), { numRuns: 50 });
    });
  });
});
