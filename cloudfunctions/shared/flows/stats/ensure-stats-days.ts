import { shanghaiDay } from '../../../../src/domain/shared/shanghai-day';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';
import { zeroDay } from '../../kernel/docs/daily-stats-docs';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The jobs timer creates today's and tomorrow's statistics documents ahead of the events, so an event's increment
 * finds its day (one write) instead of creating it. One read when both exist.
 */
export async function ensureStatsDays(store: Store, now: Date): Promise<{ created: number }> {
  const days = [shanghaiDay(now), shanghaiDay(now.getTime() + DAY_MS)];
  const existing = new Set((await store.find(COLLECTIONS.dailyStats, { _id: { $in: days } }, { limit: days.length })).map((d) => d._id));
  let created = 0;
  for (const day of days) if (!existing.has(day) && (await store.insert(COLLECTIONS.dailyStats, zeroDay(day)))) created += 1;
  return { created };
}
