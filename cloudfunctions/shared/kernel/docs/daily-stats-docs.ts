import { emptyDayFigures, fromStatKey, type DayFigures } from '../../../../src/domain/report/daily-stats';

/** One Beijing day's statistics (src/domain/report/daily-stats.ts); `_id` is the day. Map keys are statKey()s. */
export interface DailyStatsDoc extends DayFigures {
  _id: string;
  day: string;
  /** +1 with every increment. */
  version: number;
}

export const DAILY_STATS_TOTALS_ID = 'totals';

/** The money moved on every day up to `throughDay`, folded together once no report reads those days. */
export interface DailyStatsTotalsDoc {
  _id: typeof DAILY_STATS_TOTALS_ID;
  /** The last day folded in; '' before any. */
  throughDay: string;
  pendingFen: number;
  settledFen: number;
  withdrawnFen: number;
  version: number;
}

export function zeroDay(day: string): DailyStatsDoc {
  return { _id: day, day, version: 0, ...emptyDayFigures() };
}

/** The day's figures with their map keys back to ids. */
export function decodeDay(doc: DailyStatsDoc): DayFigures & { day: string } {
  return {
    ...emptyDayFigures(),
    ...doc,
    products: Object.fromEntries(Object.entries(doc.products ?? {}).map(([key, p]) => [fromStatKey(key), p])),
    earned: Object.fromEntries(Object.entries(doc.earned ?? {}).map(([key, fen]) => [fromStatKey(key), fen])),
  };
}

export const STATS_BACKFILL_ID = 'backfill';

export const BACKFILL_PHASES = ['orders', 'withdrawals', 'users', 'distributors', 'done'] as const;
export type BackfillPhase = (typeof BACKFILL_PHASES)[number];

/** The statistics migration's progress (shared/flows/stats): the phase and the last id it counted through (records are walked by id). */
export interface StatsBackfillDoc {
  _id: typeof STATS_BACKFILL_ID;
  phase: BackfillPhase;
  afterId: string;
  /** The first day of the dashboard when the migration began: users and distributors before it are not reported. */
  windowStart: string;
  counted: number;
  version: number;
  startedAt: string;
  finishedAt: string | null;
}

/** Day ids are 'YYYY-MM-DD'; the collection's other documents ('totals', 'backfill') are not days. */
export const isDayId = (id: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(id);

/** The collection's day documents among what a query of it returned. */
export const isDayDoc = (doc: DailyStatsDoc | DailyStatsTotalsDoc | StatsBackfillDoc): doc is DailyStatsDoc => isDayId(doc._id);
