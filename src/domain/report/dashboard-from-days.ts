import { toFen, type Fen } from '../money/fen';
import { shanghaiDay } from '../shared/shanghai-day';
import type { DayFigures } from './daily-stats';
import { periodStart, REPORT_PERIODS, type PeriodSales, type ReportPeriod } from './summarize-sales';

export interface DashboardFigures {
  periods: Record<ReportPeriod, PeriodSales & { newShoppers: number; newDistributors: number }>;
  daily: Array<{ day: string; netFen: Fen }>;
  topProducts: Array<{ productId: string; title: string; units: number; amountFen: Fen }>;
  topDistributors: Array<{ userId: string; amountFen: Fen }>;
  commission: { pendingFen: Fen; settledUnpaidFen: Fen; paidOutFen: Fen };
}

/** Money as it stood at the end of the days before `days` (the folded totals), summed with what moved since. */
export interface MoneyTotals {
  pendingFen: number;
  settledFen: number;
  withdrawnFen: number;
}

/** The Beijing days a dashboard at `now` reports on, oldest first: today and the 29 before. */
export function reportDays(now: Date, count = 30): string[] {
  return Array.from({ length: count }, (_, i) => shanghaiDay(periodStart(now, count - i)));
}

/**
 * 经营数据 from the daily statistics (pure): `days` are the report's days that have figures (keys already decoded);
 * `moneyBefore` the money totals up to the first of them. The same figures a full scan of the orders, entries,
 * users, distributors and balances gives (the property test recounts and compares).
 */
export function dashboardFromDays(days: ReadonlyArray<DayFigures & { day: string }>, moneyBefore: MoneyTotals, now: Date, topN = 5): DashboardFigures {
  const byDay = new Map(days.map((d) => [d.day, d]));
  const sum = (from: string, pick: (d: DayFigures) => number) => days.filter((d) => d.day >= from).reduce((total, d) => total + pick(d), 0);

  const periods = {} as DashboardFigures['periods'];
  for (const { key, days: count } of REPORT_PERIODS) {
    const from = shanghaiDay(periodStart(now, count));
    const grossFen = toFen(sum(from, (d) => d.grossFen));
    const refundedFen = toFen(sum(from, (d) => d.refundedFen));
    const netFen = toFen(grossFen - refundedFen);
    const paidOrders = sum(from, (d) => d.paidOrders);
    periods[key] = {
      grossFen,
      refundedFen,
      netFen,
      paidOrders,
      averageOrderFen: toFen(paidOrders ? Math.floor(netFen / paidOrders) : 0),
      newShoppers: sum(from, (d) => d.newShoppers),
      newDistributors: sum(from, (d) => d.newDistributors),
    };
  }
  const daily = reportDays(now, 7).map((day) => {
    const d = byDay.get(day);
    return { day, netFen: toFen(d ? d.grossFen - d.refundedFen : 0) };
  });

  const products = new Map<string, { productId: string; title: string; units: number; amountFen: number }>();
  const earned = new Map<string, number>();
  for (const d of [...days].sort((a, b) => a.day.localeCompare(b.day))) {
    for (const [productId, p] of Object.entries(d.products)) {
      const row = products.get(productId) ?? { productId, title: productId, units: 0, amountFen: 0 };
      products.set(productId, { productId, title: p.title ?? row.title, units: row.units + p.units, amountFen: row.amountFen + p.amountFen });
    }
    for (const [userId, fen] of Object.entries(d.earned)) earned.set(userId, (earned.get(userId) ?? 0) + fen);
  }
  const topProducts = [...products.values()]
    .filter((p) => p.units || p.amountFen)
    .sort((a, b) => b.amountFen - a.amountFen || a.productId.localeCompare(b.productId))
    .slice(0, topN)
    .map((p) => ({ ...p, amountFen: toFen(p.amountFen) }));
  const topDistributors = [...earned.entries()]
    .filter(([, fen]) => fen > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, topN)
    .map(([userId, fen]) => ({ userId, amountFen: toFen(fen) }));

  const moved = (pick: (d: DayFigures) => number) => days.reduce((total, d) => total + pick(d), 0);
  const pendingFen = moneyBefore.pendingFen + moved((d) => d.pendingDeltaFen);
  const settledFen = moneyBefore.settledFen + moved((d) => d.settledDeltaFen);
  const withdrawnFen = moneyBefore.withdrawnFen + moved((d) => d.withdrawnDeltaFen);
  return {
    periods,
    daily,
    topProducts,
    topDistributors,
    commission: { pendingFen: toFen(pendingFen), settledUnpaidFen: toFen(settledFen - withdrawnFen), paidOutFen: toFen(withdrawnFen) },
  };
}
