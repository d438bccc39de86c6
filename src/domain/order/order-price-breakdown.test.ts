import { toFen } from '../money/fen';
import { orderPriceBreakdown } from './order-price-breakdown';

const f = toFen;

test('an ordinary order: lines at list price, discounts below, and it adds up', () => {
  const b = orderPriceBreakdown({
    lines: [{ unitPriceFen: f(3990), quantity: 2, amountFen: f(7480) }, { unitPriceFen: f(1000), quantity: 1, amountFen: f(1000) }],
    goodsFen: f(8480),
    shippingFen: f(800),
    totalFen: f(9280),
    discounts: [{ amountFen: f(500) }],
  });
  expect(b.lines).toEqual([{ chargedUnitFen: 3990, listUnitFen: null }, { chargedUnitFen: 1000, listUnitFen: null }]);
  expect(b).toMatchObject({ goodsFen: 8980, discountFen: 500, shippingFen: 800, totalFen: 9280 });
  expect(b.goodsFen - b.discountFen + b.shippingFen).toBe(b.totalFen);
});

test('an activity line shows the price charged and the list price struck; lines agree with the total', () => {
  const b = orderPriceBreakdown({ lines: [{ unitPriceFen: f(3580), quantity: 2, amountFen: f(3980) }], goodsFen: f(3980), shippingFen: f(0), totalFen: f(3980), discounts: [], activity: { kind: 'FLASH_SALE' } });
  expect(b.lines).toEqual([{ chargedUnitFen: 1990, listUnitFen: 3580 }]);
  expect(b.lines[0]!.chargedUnitFen * 2).toBe(b.goodsFen);
  expect(b.goodsFen - b.discountFen + b.shippingFen).toBe(b.totalFen);
});

test('an activity sold at the list price strikes nothing', () => {
  expect(orderPriceBreakdown({ lines: [{ unitPriceFen: f(100), quantity: 1, amountFen: f(100) }], goodsFen: f(100), shippingFen: f(0), totalFen: f(100), discounts: [], activity: {} }).lines).toEqual([{ chargedUnitFen: 100, listUnitFen: null }]);
});
