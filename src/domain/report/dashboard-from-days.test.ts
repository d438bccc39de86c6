import { emptyDayFigures } from './daily-stats';
import { dashboardFromDays, reportDays } from './dashboard-from-days';

const now = new Date('2026-11-30T04:00:00.000Z'); // noon in Beijing
const day = (d: string, figures: Partial<ReturnType<typeof emptyDayFigures>>) => ({ ...emptyDayFigures(), day: d, ...figures });

test('periods, the last 7 days, the tops and the money totals from the days of the month and the totals before them', () => {
  const days = [
    day('2026-11-30', { paidOrders: 2, grossFen: 1000, refundedFen: 100, newShoppers: 3, products: { p1: { units: 1, amountFen: 600, title: '新名' } }, earned: { a: 50 }, pendingDeltaFen: 50 }),
    day('2026-11-25', { paidOrders: 1, grossFen: 500, products: { p1: { units: 2, amountFen: 400, title: '旧名' }, p2: { units: 1, amountFen: 500 } }, earned: { a: -60, b: 10 }, settledDeltaFen: 70, withdrawnDeltaFen: 20 }),
    day('2026-11-01', { paidOrders: 4, grossFen: 4000, newDistributors: 1 }),
  ];
  const f = dashboardFromDays(days, { pendingFen: 1000, settledFen: 2000, withdrawnFen: 500 }, now);
  expect(f.periods.today).toMatchObject({ grossFen: 1000, refundedFen: 100, netFen: 900, paidOrders: 2, averageOrderFen: 450, newShoppers: 3 });
  expect(f.periods.days7).toMatchObject({ grossFen: 1500, paidOrders: 3, newDistributors: 0 });
  expect(f.periods.days30).toMatchObject({ grossFen: 5500, paidOrders: 7, newDistributors: 1 });
  expect(f.daily.map((d) => d.netFen)).toEqual([0, 500, 0, 0, 0, 0, 900]);
  expect(f.topProducts).toEqual([
    { productId: 'p1', title: '新名', units: 3, amountFen: 1000 },
    { productId: 'p2', title: 'p2', units: 1, amountFen: 500 },
  ]);
  expect(f.topDistributors).toEqual([{ userId: 'b', amountFen: 10 }]);
  expect(f.commission).toEqual({ pendingFen: 1050, settledUnpaidFen: 2070 - 520, paidOutFen: 520 });
});

test('the report days are today and the 29 Beijing days before', () => {
  const days = reportDays(now);
  expect(days).toHaveLength(30);
  expect([days[0], days[29]]).toEqual(['2026-11-01', '2026-11-30']);
});
