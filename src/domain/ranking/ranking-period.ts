import { shanghaiDay } from '../shared/shanghai-day';

export type RankingPeriod = 'WEEK' | 'MONTH';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Start of this Beijing week (Monday 00:00) or month (the 1st, 00:00), as an instant. */
export function rankingPeriodStart(now: Date, period: RankingPeriod): Date {
  const today = shanghaiDay(now);
  if (period === 'MONTH') return new Date(`${today.slice(0, 8)}01T00:00:00.000+08:00`);
  const midnight = Date.parse(`${today}T00:00:00.000+08:00`);
  const weekday = new Date(`${today}T00:00:00.000Z`).getUTCDay(); // 0 = Sunday
  return new Date(midnight - ((weekday + 6) % 7) * DAY_MS);
}

export interface Ranked {
  id: string;
  value: number;
  rank: number;
}

/** The top `n` by value, highest first; ties share the order of their ids so the list is stable. Zero never ranks. */
export function topRanked(values: ReadonlyMap<string, number>, n: number): Ranked[] {
  return [...values]
    .filter(([, v]) => v > 0)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, n)
    .map(([id, value], i) => ({ id, value, rank: i + 1 }));
}
