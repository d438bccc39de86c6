import fc from 'fast-check';
import { isDomainError } from '../shared/domain-error';
import { toBps, toFen } from '../money/fen';
import { evaluateCoupon, isLineInCouponScope, type Coupon, type CouponLine } from './coupon';

const NOW = 1_000_000;

const aCoupon = (overrides: Partial<Coupon> = {}): Coupon => ({
  couponId: 'cp1',
  rule: { kind: 'FIXED', amountFen: toFen(1000), thresholdFen: toFen(10000) },
  scope: { kind: 'ALL' },
  validFromMs: NOW - 10,
  validToMs: NOW + 10,
  perUserLimit: 1,
  ...overrides,
});
const aLine = (overrides: Partial<CouponLine> = {}): CouponLine => ({
  lineId: 'l1',
  productId: 'p1',
  categoryId: 'c1',
  amountFen: toFen(10000),
  ...overrides,
});
const evaluate = (coupon: Coupon, lines: CouponLine[] = [aLine()], nowMs = NOW, usedByUserCount = 0) =>
  evaluateCoupon({ coupon, lines, nowMs, usedByUserCount });

describe('evaluateCoupon', () => {
  it('gives 满100减10 at exactly the threshold', () => {
    expect(evaluate(aCoupon())).toEqual({ ok: true, discountFen: 1000, eligibleLineIds: ['l1'], eligibleFen: 10000 });
    expect(evaluate(aCoupon(), [aLine({ amountFen: toFen(9999) })])).toEqual({ ok: false, reason: 'BELOW_THRESHOLD' });
  });

  it('takes a percentage rounded down and capped', () => {
    const rule = { kind: 'PERCENT', offBps: toBps(1500), capFen: toFen(100), thresholdFen: toFen(0) } as const;
    expect(evaluate(aCoupon({ rule }), [aLine({ amountFen: toFen(333) })])).toMatchObject({ discountFen: 49 });
    expect(evaluate(aCoupon({ rule }), [aLine({ amountFen: toFen(5000) })])).toMatchObject({ discountFen: 100 });
    expect(evaluate(aCoupon({ rule: { ...rule, capFen: null } }), [aLine({ amountFen: toFen(5000) })])).toMatchObject({
      discountFen: 750,
    });
  });

  it('never gives more than the eligible goods', () => {
    const rule = { kind: 'FIXED', amountFen: toFen(5000), thresholdFen: toFen(0) } as const;
    expect(evaluate(aCoupon({ rule }), [aLine({ amountFen: toFen(300) })])).toMatchObject({ discountFen: 300 });
  });

  it('counts only goods in scope towards the threshold and the discount', () => {
    const coupon = aCoupon({ scope: { kind: 'CATEGORIES', categoryIds: ['shoes'] } });
    const lines = [aLine({ categoryId: 'shoes', amountFen: toFen(6000) }), aLine({ lineId: 'l2', categoryId: 'socks' })];
    expect(evaluate(coupon, lines)).toEqual({ ok: false, reason: 'BELOW_THRESHOLD' });
    expect(evaluate(aCoupon({ scope: { kind: 'PRODUCTS', productIds: ['p9'] } }))).toEqual({
      ok: false,
      reason: 'NO_ELIGIBLE_GOODS',
    });
  });

  it('is valid on [from, to) and respects the per-user limit', () => {
    expect(evaluate(aCoupon(), undefined, NOW - 11)).toEqual({ ok: false, reason: 'NOT_STARTED' });
    expect(evaluate(aCoupon(), undefined, NOW - 10).ok).toBe(true);
    expect(evaluate(aCoupon(), undefined, NOW + 10)).toEqual({ ok: false, reason: 'EXPIRED' });
    expect(evaluate(aCoupon(), undefined, NOW, 1)).toEqual({ ok: false, reason: 'USER_LIMIT_REACHED' });
    expect(evaluate(aCoupon({ perUserLimit: null }), undefined, NOW, 99).ok).toBe(true);
  });

  it('throws on a malformed coupon', () => {
    try {
      evaluate(aCoupon({ validToMs: NOW - 10 }));
      throw new Error('expected a throw');
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('COUPON.INVALID');
    }
  });

  it('matches scopes', () => {
    expect(isLineInCouponScope({ kind: 'ALL' }, aLine())).toBe(true);
    expect(isLineInCouponScope({ kind: 'PRODUCTS', productIds: ['p1'] }, aLine())).toBe(true);
    expect(isLineInCouponScope({ kind: 'CATEGORIES', categoryIds: ['c2'] }, aLine())).toBe(false);
  });

  it('a discount is always between 0 and the eligible goods', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 5 }),
        (amount, bps, amounts) => {
          const lines = amounts.map((a, i) => aLine({ lineId: `l${i}`, amountFen: toFen(a) }));
          for (const rule of [
            { kind: 'FIXED', amountFen: toFen(amount), thresholdFen: toFen(0) } as const,
            { kind: 'PERCENT', offBps: toBps(bps), capFen: null, thresholdFen: toFen(0) } as const,
          ]) {
            const r = evaluate(aCoupon({ rule }), lines);
            if (r.ok) {
              expect(r.discountFen).toBeGreaterThanOrEqual(0);
              expect(r.discountFen).toBeLessThanOrEqual(r.eligibleFen);
            }
          }
        },
      ),
    );
  });
});
