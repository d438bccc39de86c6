import { toFen } from '../money/fen';
import { periodStart, summarizeSales, type PaidOrderFacts } from './summarize-sales';

// 2026-11-23 10:00 in Beijing.
const NOW = new Date('2026-11-23T02:00:00.000Z');
const order = (paidAt: string, totalFen: number, refundedFen = 0, productId = 'p1'): PaidOrderFacts => ({
  paidAt,
  totalFen: toFen(totalFen),
  refundedFen: toFen(refundedFen),
  lines: [{ productId, title: productId, quantity: 1, amountFen: toFen(totalFen) }],
});

test('periods start at Beijing midnight, today included', () => {
  expect(periodStart(NOW, 1).toISOString()).toBe('2026-11-22T16:00:00.000Z');
  expect(periodStart(NOW, 7).toISOString()).toBe('2026-11-16T16:00:00.000Z');
  // 07:59 UTC on the 22nd is still the 22nd in Beijing… and 16:00 UTC is already the 23rd.
  expect(periodStart(new Date('2026-11-22T16:00:00.000Z'), 1).toISOString()).toBe('2026-11-22T16:00:00.000Z');
});

test('each period counts only its orders; net = gross − refunds; AOV floors to the 分', () => {
  const s = summarizeSales(
    [
      order('2026-11-22T16:30:00.000Z', 1000, 100), // today (00:30 Beijing)
      order('2026-11-22T15:59:59.000Z', 2001), // yesterday 23:59 Beijing
      order('2026-11-01T00:00:00.000Z', 5000, 0, 'p2'), // within 30 days
      order('2026-10-01T00:00:00.000Z', 9999, 0, 'p3'), // older: counted nowhere
    ],
    NOW,
  );
  expect(s.periods.today).toEqual({ grossFen: 1000, refundedFen: 100, netFen: 900, paidOrders: 1, averageOrderFen: 900 });
  expect(s.periods.days7).toEqual({ grossFen: 3001, refundedFen: 100, netFen: 2901, paidOrders: 2, averageOrderFen: 1450 });
  expect(s.periods.days30.paidOrders).toBe(3);
  expect(s.daily.map((d) => d.day)).toEqual(['2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']);
  expect(s.daily.slice(-2).map((d) => d.netFen)).toEqual([2001, 900]);
  expect(s.topProducts.map((p) => [p.productId, p.amountFen, p.units])).toEqual([['p2', 5000, 1], ['p1', 3001, 2]]);
});

test('no orders: zeros, never a division by zero', () => {
  const s = summarizeSales([], NOW);
  expect(s.periods.days30).toEqual({ grossFen: 0, refundedFen: 0, netFen: 0, paidOrders: 0, averageOrderFen: 0 });
  expect(s.topProducts).toEqual([]);
});
