import { MONEY_MOVED_FIELDS } from '../../../../src/domain/report/daily-stats';
import { reportDays } from '../../../../src/domain/report/dashboard-from-days';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';
import { DAILY_STATS_TOTALS_ID, isDayDoc, type DailyStatsDoc, type DailyStatsTotalsDoc } from '../../kernel/docs/daily-stats-docs';

/** Days folded per run at most (one query, one write). */
const FOLD_PAGE = 100;

export const zeroTotals = (): DailyStatsTotalsDoc => ({ _id: DAILY_STATS_TOTALS_ID, throughDay: '', pendingFen: 0, settledFen: 0, withdrawnFen: 0, version: 0 });

/** The money figures of `days` added to `totals` (pure). */
export function foldDays(totals: DailyStatsTotalsDoc, days: readonly DailyStatsDoc[]): DailyStatsTotalsDoc {
  const sum = (field: (typeof MONEY_MOVED_FIELDS)[number]) => days.reduce((total, d) => total + (d[field] ?? 0), 0);
  return {
    ...totals,
    throughDay: days.reduce((last, d) => (d._id > last ? d._id : last), totals.throughDay),
    pendingFen: totals.pendingFen + sum('pendingDeltaFen'),
    settledFen: totals.settledFen + sum('settledDeltaFen'),
    withdrawnFen: totals.withdrawnFen + sum('withdrawnDeltaFen'),
  };
}

/**
 * Folds the money moved on days no report reads any more (older than the dashboard's 30 days) into the totals
 * document, so the dashboard sums at most 30 days. Money only ever moves on the day of the event, and those days are
 * a month old: nothing still writes them. Compare-and-set on the totals' version: a repeat or a concurrent run folds
 * nothing twice. One read when there is nothing to fold.
 */
export async function rollUpDailyStats(store: Store, now: Date): Promise<{ folded: number }> {
  const windowStart = reportDays(now)[0] as string;
  const totals = (await store.get(COLLECTIONS.dailyStats, DAILY_STATS_TOTALS_ID)) ?? zeroTotals();
  const days = (await store.find(COLLECTIONS.dailyStats, { _id: { $gt: totals.throughDay, $lt: windowStart } }, { limit: FOLD_PAGE, orderBy: [{ field: '_id', direction: 'asc' }] })).filter(isDayDoc);
  if (days.length === 0) return { folded: 0 };
  const next = { ...foldDays(totals, days), version: totals.version + 1 };
  const { _id, ...fields } = next;
  const written = totals.version === 0 ? await store.insert(COLLECTIONS.dailyStats, next) : await store.update(COLLECTIONS.dailyStats, _id, { version: totals.version }, fields);
  return { folded: written ? days.length : 0 };
}
