import { sumFen, toFen, type Fen } from '../money/fen';
import { SHANGHAI_OFFSET_MS, shanghaiDay } from '../shared/shanghai-day';

const DAY_MS = 24 * 60 * 60 * 1000;

export const REPORT_PERIODS = [
  { key: 'today', days: 1 },
  { key: 'days7', days: 7 },
  { key: 'days30', days: 30 },
] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number]['key'];

/** The instant a period of `days` Beijing calendar days (today included) starts. */
export function periodStart(now: Date, days: number): Date {
  const shanghaiMidnight = Math.floor((now.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
  return new Date(shanghaiMidnight - (days - 1) * DAY_MS);
}

export interface PaidOrderFacts {
  paidAt: string;
  totalFen: Fen;
  refundedFen: Fen;
  lines: ReadonlyArray<{ productId: string; title: string; quantity: number; amountFen: Fen }>;
}

export interface PeriodSales {
  /** Paid (goods + shipping) in the period, before refunds. */
  grossFen: Fen;
  /** Refunded so far on those same orders. */
  refundedFen: Fen;
  netFen: Fen;
  paidOrders: number;
  /** netFen / paidOrders, floored to the 分; 0 without orders. */
  averageOrderFen: Fen;
}

export interface SalesSummary {
  periods: Record<ReportPeriod, PeriodSales>;
  /** Net sales per Beijing day, oldest first, the last 7 days (today included). */
  daily: Array<{ day: string; netFen: Fen }>;
  /** By paid line amount over the 30-day period, highest first. */
  topProducts: Array<{ productId: string; title: string; units: number; amountFen: Fen }>;
}

/** Sales figures from the orders paid in the last 30 days (pure: the caller reads the orders). */
export function summarizeSales(orders: readonly PaidOrderFacts[], now: Date, topN = 5): SalesSummary {
  const periods = {} as Record<ReportPeriod, PeriodSales>;
  for (const { key, days } of REPORT_PERIODS) {
    const from = periodStart(now, days).toISOString();
    const inPeriod = orders.filter((o) => o.paidAt >= from);
    const grossFen = sumFen(inPeriod.map((o) => o.totalFen));
    const refundedFen = sumFen(inPeriod.map((o) => o.refundedFen));
    const netFen = toFen(grossFen - refundedFen);
    periods[key] = { grossFen, refundedFen, netFen, paidOrders: inPeriod.length, averageOrderFen: toFen(inPeriod.length ? Math.floor(netFen / inPeriod.length) : 0) };
  }
  const daily = Array.from({ length: 7 }, (_, i) => {
    const from = periodStart(now, 7 - i);
    const to = new Date(from.getTime() + DAY_MS);
    const day = shanghaiDay(from);
    const inDay = orders.filter((o) => o.paidAt >= from.toISOString() && o.paidAt < to.toISOString());
    return { day, netFen: toFen(sumFen(inDay.map((o) => o.totalFen)) - sumFen(inDay.map((o) => o.refundedFen))) };
  });
  const byProduct = new Map<string, { productId: string; title: string; units: number; amountFen: Fen }>();
  const from30 = periodStart(now, 30).toISOString();
  for (const o of orders) {
    if (o.paidAt < from30) continue;
    for (const l of o.lines) {
      const row = byProduct.get(l.productId) ?? { productId: l.productId, title: l.title, units: 0, amountFen: toFen(0) };
      byProduct.set(l.productId, { ...row, units: row.units + l.quantity, amountFen: toFen(row.amountFen + l.amountFen) });
    }
  }
  const topProducts = [...byProduct.values()].sort((a, b) => b.amountFen - a.amountFen || a.productId.localeCompare(b.productId)).slice(0, topN);
  return { periods, daily, topProducts };
}
