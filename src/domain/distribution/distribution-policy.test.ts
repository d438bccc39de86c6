import type { Bps, Fen } from '../money/fen';
import { DEFAULT_DISTRIBUTION_POLICY, findOverride, type ProductOverrides } from './distribution-policy';

describe('DEFAULT_DISTRIBUTION_POLICY', () => {
  it('is 2 levels at 10% / 5%, self-purchase off, first touch on open, 7 freeze days, no grades', () => {
    const p = DEFAULT_DISTRIBUTION_POLICY;
    expect(p.levels).toBe(2);
    expect(p.ratesBps).toEqual([1000, 500]);
    expect(p.threeLevelAck).toBeNull();
    expect(p.selfPurchase).toBe(false);
    expect(p.binding).toEqual({ rule: 'FIRST_TOUCH', onlyNewUsers: false, trigger: 'OPEN' });
    expect(p.freezeDays).toBe(7);
    expect(p.grades).toEqual([]);
    expect(p.withdrawal.feeBps).toBe(0);
  });
});

describe('findOverride', () => {
  const overrides: ProductOverrides = {
    byProductId: { p1: { kind: 'RATE', ratesBps: [2000, 0] as Bps[] }, p2: { kind: 'NONE' } },
    bySkuId: { s1: { kind: 'FIXED_PER_UNIT', amountsFen: [300, 100] as Fen[] } },
  };

  it('prefers the SKU override over the product override', () => {
    expect(findOverride(overrides, 'p1', 's1')).toEqual({ override: overrides.bySkuId.s1, source: 'SKU' });
  });

  it('falls back to the product override, then to none', () => {
    expect(findOverride(overrides, 'p1', 'other')).toEqual({ override: overrides.byProductId.p1, source: 'PRODUCT' });
    expect(findOverride(overrides, 'p9', 's9')).toBeUndefined();
  });

  it('never reads inherited properties as overrides', () => {
    expect(findOverride(overrides, 'constructor', 'toString')).toBeUndefined();
    expect(findOverride(overrides, '__proto__', '__proto__')).toBeUndefined();
  });
});
