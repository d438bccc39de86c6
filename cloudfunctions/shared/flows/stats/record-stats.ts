import { toIncrement, withoutZeros, type StatsDelta } from '../../../../src/domain/report/daily-stats';
import { applyIncrement } from '../../kernel/store/apply-increment';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { zeroDay, type DailyStatsDoc } from '../../kernel/docs/daily-stats-docs';

/**
 * Adds an event's changes to the daily statistics inside the event's own transaction: one increment per day touched
 * (no read), so the figures commit with the event or not at all. A day with no document yet (the jobs timer creates
 * today's and tomorrow's ahead: ensureStatsDays) is created with the changes in it.
 */
export async function recordStats(tx: DocOps, delta: StatsDelta): Promise<void> {
  for (const [day, part] of withoutZeros(delta)) {
    const { delta: fields, set } = toIncrement(part);
    if (await tx.increment(COLLECTIONS.dailyStats, day, { ...fields, version: 1 }, set)) continue;
    const created = applyIncrement(zeroDay(day) as unknown as Record<string, unknown>, { ...fields, version: 1 }, set) as unknown as DailyStatsDoc;
    if (await tx.insert(COLLECTIONS.dailyStats, created)) continue;
    if (!(await tx.increment(COLLECTIONS.dailyStats, day, { ...fields, version: 1 }, set))) throw new Error(`daily statistics ${day} neither found nor created`);
  }
}
