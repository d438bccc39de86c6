import { toFen } from '../money/fen';
import { priceWithoutPromotions } from './price-without-promotions';

describe('priceWithoutPromotions', () => {
  it('charges list price per line, free shipping, and the lines sum to the total', () => {
    const priced = priceWithoutPromotions(
      [
        { lineId: 'a', skuId: 's1', productId: 'p1', unitPriceFen: toFen(3990), quantity: 2 },
        { lineId: 'b', skuId: 's2', productId: 'p2', unitPriceFen: toFen(1), quantity: 99 },
      ],
      0,
    );
    expect(priced.lines.map((l) => l.paidFen)).toEqual([7980, 99]);
    expect(priced).toMatchObject({ goodsPaidFen: 8079, shippingFen: 0, totalFen: 8079, applied: [] });
  });

  it('refuses what an order can never be, with the order codes', () => {
    expect(() => priceWithoutPromotions([], 0)).toThrow(expect.objectContaining({ code: 'ORDER.EMPTY' }));
    expect(() => priceWithoutPromotions([{ lineId: 'a', skuId: 's', productId: 'p', unitPriceFen: toFen(1), quantity: 100 }], 0)).toThrow(
      expect.objectContaining({ code: 'ORDER.INVALID_QUANTITY' }),
    );
  });
});
