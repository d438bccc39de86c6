import { toBps, toFen } from '../money/fen';
import { memberDiscountFen } from './member-discount';

const line = { skuId: 's1', unitPriceFen: toFen(999), quantity: 3 };

describe('memberDiscountFen', () => {
  it('gives nothing without a member level', () => {
    expect(memberDiscountFen(null, line)).toBe(0);
  });

  it('takes the rate off the whole line, rounded down', () => {
    // 2997 × 5% = 149.85 → 149.
    expect(memberDiscountFen({ levelId: 'v1', offBps: toBps(500), memberPriceFenBySkuId: {} }, line)).toBe(149);
  });

  it('prefers the member price of the SKU and never raises the price', () => {
    const benefit = { levelId: 'v1', offBps: toBps(500), memberPriceFenBySkuId: { s1: toFen(900) } };
    expect(memberDiscountFen(benefit, line)).toBe(297);
    expect(memberDiscountFen({ ...benefit, memberPriceFenBySkuId: { s1: toFen(2000) } }, line)).toBe(0);
    expect(() => memberDiscountFen({ ...benefit, memberPriceFenBySkuId: { s1: toFen(-1) } }, line)).toThrow('会员价不能为负数');
  });
});
