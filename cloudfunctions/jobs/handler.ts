import { timerOnly } from '../shared/kernel/handler/timer-only';
import { isolate } from '../shared/kernel/jobs/isolate';
import { completeFullReductionWindow } from '../shared/flows/marketing/full-reduction-window';
import { backfillSearchTokens } from '../shared/flows/catalog/backfill-search-tokens';
import { migrateRecruitConditions } from '../shared/flows/merchant/migrate-recruit-conditions';
import { runUplineRewrites, TIMER_REWRITE_BUDGET } from '../shared/flows/referral/upline-rewrite-jobs';
import { backfillDailyStats } from '../shared/flows/stats/backfill-daily-stats';
import { ensureStatsDays } from '../shared/flows/stats/ensure-stats-days';
import { rollUpDailyStats } from '../shared/flows/stats/roll-up-daily-stats';

/** Of the run's 60 s, what counting a shop's history may take (the rest is the other steps'). */
const STATS_BACKFILL_BUDGET_MS = 20_000;

/**
 * 后台任务, each step on its own (a failing step is recorded and does not stop the others): the data migrations the
 * rules call for (a no-op once done), the pending team upline rewrites (a bounded slice per run), and the daily
 * statistics' upkeep — today's and tomorrow's documents created ahead, a shop's history from before them counted (a
 * time-bounded slice per run), days older than any report folded into the totals; search tokens for products saved
 * before search (a batch per run). Clients cannot invoke it.
 */
export const jobsHandler = timerOnly('jobs', async (ctx) => {
  const result = {
    recruitConditions: { migrated: false },
    fullReductionWindow: { completed: false },
    uplineRewrites: { rewritten: 0, pending: false },
    statistics: { daysCreated: 0, daysFolded: 0, backfill: { done: false, counted: 0 } },
    searchTokens: { filled: 0 },
  };
  await isolate(ctx, 'jobs', 'recruit-conditions', async () => (result.recruitConditions = await migrateRecruitConditions(ctx)));
  await isolate(ctx, 'jobs', 'full-reduction-window', async () => (result.fullReductionWindow = await completeFullReductionWindow(ctx.store)));
  // A failed slice leaves its job pending (its cursor saved up to the last finished page).
  const sliced = await isolate(ctx, 'jobs', 'upline-rewrites', async () => (result.uplineRewrites = await runUplineRewrites(ctx, { maxMembers: TIMER_REWRITE_BUDGET })));
  if (!sliced) result.uplineRewrites.pending = true;
  await isolate(ctx, 'jobs', 'statistics-days', async () => (result.statistics.daysCreated = (await ensureStatsDays(ctx.store, ctx.now)).created));
  await isolate(ctx, 'jobs', 'statistics-backfill', async () => (result.statistics.backfill = await backfillDailyStats(ctx, { budgetMs: STATS_BACKFILL_BUDGET_MS })));
  // After the backfill, which may have counted old days: they are folded in the same run.
  await isolate(ctx, 'jobs', 'statistics-roll-up', async () => (result.statistics.daysFolded = (await rollUpDailyStats(ctx.store, ctx.now)).folded));
  await isolate(ctx, 'jobs', 'search-tokens', async () => (result.searchTokens = await backfillSearchTokens(ctx.store)));
  return result;
});
