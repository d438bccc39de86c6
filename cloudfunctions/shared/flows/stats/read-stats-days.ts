import type { DayFigures } from '../../../../src/domain/report/daily-stats';
import type { MoneyTotals } from '../../../../src/domain/report/dashboard-from-days';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';
import { STATS_BACKFILL_ID, type StatsBackfillDoc } from './backfill-daily-stats';
import { DAILY_STATS_TOTALS_ID, decodeDay, isDayDoc, type DailyStatsTotalsDoc } from '../../kernel/docs/daily-stats-docs';
import { foldDays, zeroTotals } from './roll-up-daily-stats';

/**
 * The statistics of `days` (consecutive, oldest first) in one query, with the folded money totals and the migration's
 * progress in the same query; the money moved on days before the first of them is added from the totals — and from
 * any day not folded yet (the jobs timer folds them daily, so only right after midnight, or if it stopped: one more
 * query). `complete` is false while a shop's history is still being counted: until their migration is done, while some
 * paid order or user of the report's days is not counted (two queries of one document each).
 */
export async function readStatsDays(store: Store, days: readonly string[]): Promise<{ days: Array<DayFigures & { day: string }>; moneyBefore: MoneyTotals; complete: boolean }> {
  const first = days[0] as string;
  const docs = await store.find(COLLECTIONS.dailyStats, { _id: { $in: [...days, DAILY_STATS_TOTALS_ID, STATS_BACKFILL_ID] } }, { limit: days.length + 2 });
  const byId = new Map(docs.map((d) => [d._id, d]));
  let totals = (byId.get(DAILY_STATS_TOTALS_ID) as DailyStatsTotalsDoc | undefined) ?? zeroTotals();
  if (totals.throughDay < dayBefore(first)) {
    const unfolded = await store.find(COLLECTIONS.dailyStats, { _id: { $gt: totals.throughDay, $lt: first } }, { limit: 1000 });
    totals = foldDays(totals, unfolded.filter(isDayDoc));
  }
  const backfill = byId.get(STATS_BACKFILL_ID) as StatsBackfillDoc | undefined;
  return {
    days: docs.filter(isDayDoc).map(decodeDay),
    moneyBefore: { pendingFen: totals.pendingFen, settledFen: totals.settledFen, withdrawnFen: totals.withdrawnFen },
    complete: backfill?.phase === 'done' || !(await hasUncountedHistory(store, first)),
  };
}

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Until the migration is done: is any paid order, or any user of the report's days, not counted? */
async function hasUncountedHistory(store: Store, firstDay: string): Promise<boolean> {
  const [orders, users] = await Promise.all([
    store.find(COLLECTIONS.orders, { paidAt: { $gt: '' }, inStats: null }, { limit: 1 }),
    store.find(COLLECTIONS.users, { createdAt: { $gte: firstDay }, inStats: null }, { limit: 1 }),
  ]);
  return orders.length > 0 || users.length > 0;
}
