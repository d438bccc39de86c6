import { shanghaiDay } from '../shared/shanghai-day';
import { sumFen, toFen, type Fen } from '../money/fen';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DayEarnings {
  /** "YYYY-MM-DD", Beijing calendar day. */
  day: string;
  fen: Fen;
}

/**
 * The earnings chart: for each of the last `days` Beijing days (oldest first, today last), the net of the entries
 * created that day — commission in, reversals and clawbacks out. Days without entries are 0, so bars line up.
 */
export function earningsByDay(entries: ReadonlyArray<{ createdAt: string; amountFen: Fen }>, now: Date, days: number): DayEarnings[] {
  const buckets = new Map<string, Fen[]>();
  for (let i = days - 1; i >= 0; i -= 1) buckets.set(shanghaiDay(new Date(now.getTime() - i * DAY_MS)), []);
  for (const e of entries) buckets.get(shanghaiDay(new Date(e.createdAt)))?.push(e.amountFen);
  return [...buckets].map(([day, amounts]) => ({ day, fen: amounts.length ? sumFen(amounts) : toFen(0) }));
}

/** The first instant of the chart's oldest day, for the query that reads its entries. */
export function chartStart(now: Date, days: number): Date {
  const oldestDay = shanghaiDay(new Date(now.getTime() - (days - 1) * DAY_MS));
  return new Date(Date.parse(`${oldestDay}T00:00:00.000+08:00`));
}
