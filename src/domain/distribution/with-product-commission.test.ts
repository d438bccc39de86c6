import type { Bps, Fen } from '../money/fen';
import { findOverride, type ProductOverrides } from './distribution-policy';
import { productCommissionSlice, withProductCommission } from './with-product-commission';

const bps = (...xs: number[]) => xs as Bps[];
const base: ProductOverrides = {
  byProductId: { other: { kind: 'RATE', ratesBps: bps(2000, 0) } },
  bySkuId: { 'p1-s1': { kind: 'RATE', ratesBps: bps(1500, 500) }, 'other-s1': { kind: 'FIXED_PER_UNIT', amountsFen: [100, 0] as Fen[] } },
};
const skuIds = ['p1-s1', 'p1-s2'];

describe('withProductCommission', () => {
  it('excluding a product pays nothing on any of its SKUs, even one that had its own rate', () => {
    const next = withProductCommission(base, { productId: 'p1', skuIds, distribution: false, skuRates: {} });
    expect(findOverride(next, 'p1', 'p1-s1')?.override).toEqual({ kind: 'NONE' });
    expect(findOverride(next, 'p1', 'p1-s2')?.override).toEqual({ kind: 'NONE' });
    // Other products untouched.
    expect(next.byProductId.other).toEqual(base.byProductId.other);
    expect(next.bySkuId['other-s1']).toEqual(base.bySkuId['other-s1']);
  });

  it('including it again removes only the NONE; a SKU rate is set, replaced or cleared, others kept', () => {
    const excluded = withProductCommission(base, { productId: 'p1', skuIds, distribution: false, skuRates: {} });
    const back = withProductCommission(excluded, { productId: 'p1', skuIds, distribution: true, skuRates: { 'p1-s2': bps(3000, 1000) } });
    expect(findOverride(back, 'p1', 'p1-s1')).toBeUndefined();
    expect(findOverride(back, 'p1', 'p1-s2')).toEqual({ override: { kind: 'RATE', ratesBps: [3000, 1000] }, source: 'SKU' });
    const cleared = withProductCommission(back, { productId: 'p1', skuIds, distribution: true, skuRates: { 'p1-s2': null } });
    expect(cleared.bySkuId).toEqual({ 'other-s1': base.bySkuId['other-s1'] });
    // A product-wide rate set in the policy form survives including the product.
    const kept = withProductCommission(base, { productId: 'other', skuIds: ['other-s1'], distribution: true, skuRates: {} });
    expect(kept).toEqual(base);
  });

  it('ignores SKU ids that are not the product\'s and never mutates its input', () => {
    const frozen = JSON.parse(JSON.stringify(base)) as ProductOverrides;
    const next = withProductCommission(base, { productId: 'p1', skuIds, distribution: true, skuRates: { 'other-s1': null } });
    expect(next.bySkuId['other-s1']).toEqual(base.bySkuId['other-s1']);
    expect(base).toEqual(frozen);
  });

  it('slices out one product\'s overrides', () => {
    expect(productCommissionSlice(base, 'p1', skuIds)).toEqual({ product: null, skus: { 'p1-s1': base.bySkuId['p1-s1'] } });
  });
});
