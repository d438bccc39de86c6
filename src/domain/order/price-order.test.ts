import fc from 'fast-check';
import { isDomainError } from '../shared/domain-error';
import { toFen } from '../money/fen';
import { priceOrder, type PricedLineInput } from './price-order';

const aLine = (overrides: Partial<PricedLineInput> = {}): PricedLineInput => ({
  skuId: 'sku-1',
  unitPriceFen: toFen(1990),
  quantity: 1,
  ...overrides,
});

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return isDomainError(e) ? e.code : `plain:${String(e)}`;
  }
  return undefined;
};

describe('priceOrder', () => {
  it('prices each line, sums the goods and ships free', () => {
    const order = priceOrder([aLine({ quantity: 3 }), aLine({ skuId: 'sku-2', unitPriceFen: toFen(500), quantity: 2 })]);
    expect(order.lines.map((l) => [l.skuId, l.amountFen])).toEqual([
      ['sku-1', 5970],
      ['sku-2', 1000],
    ]);
    expect(order.goodsFen).toBe(6970);
    expect(order.shippingFen).toBe(0);
    expect(order.totalFen).toBe(6970);
  });

  it('keeps the input fields on each priced line', () => {
    expect(priceOrder([aLine({ quantity: 2 })]).lines[0]).toEqual({
      skuId: 'sku-1',
      unitPriceFen: 1990,
      quantity: 2,
      amountFen: 3980,
    });
  });

  it('refuses an empty order', () => {
    expect(codeOf(() => priceOrder([]))).toBe('ORDER.EMPTY');
  });

  it.each([0, 100, -1, 1.5, NaN])('refuses quantity %p', (quantity) => {
    expect(codeOf(() => priceOrder([aLine({ quantity })]))).toBe('ORDER.INVALID_QUANTITY');
  });

  it('accepts the quantity bounds 1 and 99', () => {
    expect(priceOrder([aLine({ quantity: 1 }), aLine({ skuId: 's2', quantity: 99 })]).goodsFen).toBe(1990 * 100);
  });

  it('refuses a negative unit price', () => {
    expect(codeOf(() => priceOrder([aLine({ unitPriceFen: toFen(-1) })]))).toBe('ORDER.INVALID_PRICE');
  });

  it('lines always sum to goodsFen and total = goods + shipping', () => {
    const lineArb = fc.record({
      skuId: fc.string(),
      unitPriceFen: fc.integer({ min: 0, max: 10_000_000 }).map(toFen),
      quantity: fc.integer({ min: 1, max: 99 }),
    });
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 20 }), (lines) => {
        const order = priceOrder(lines);
        order.lines.forEach((l, i) => expect(l.amountFen).toBe((lines[i]?.unitPriceFen ?? NaN) * l.quantity));
        expect(order.lines.reduce((a, l) => a + l.amountFen, 0)).toBe(order.goodsFen);
        expect(order.totalFen).toBe(order.goodsFen + order.shippingFen);
      }),
    );
  });
});
