import { timerOnly } from '../shared/handler/timer-only';
import { isolate } from '../shared/jobs/isolate';
import { completeFullReductionWindow } from '../shared/marketing/full-reduction-window';
import { migrateRecruitConditions } from '../shared/merchant/migrate-recruit-conditions';
import { runUplineRewrites, TIMER_REWRITE_BUDGET } from '../shared/referral/upline-rewrite-jobs';

/**
 * 后台任务, each step on its own (a failing step is recorded and does not stop the other): the data migrations the
 * rules call for (a no-op once done), and the pending team upline rewrites, a bounded slice per run. Clients cannot
 * invoke it.
 */
export const jobsHandler = timerOnly('jobs', async (ctx) => {
  const result = { recruitConditions: { migrated: false }, fullReductionWindow: { completed: false }, uplineRewrites: { rewritten: 0, pending: false } };
  await isolate(ctx, 'jobs', 'recruit-conditions', async () => (result.recruitConditions = await migrateRecruitConditions(ctx)));
  await isolate(ctx, 'jobs', 'full-reduction-window', async () => (result.fullReductionWindow = await completeFullReductionWindow(ctx.store)));
  // A failed slice leaves its job pending (its cursor saved up to the last finished page).
  const sliced = await isolate(ctx, 'jobs', 'upline-rewrites', async () => (result.uplineRewrites = await runUplineRewrites(ctx, { maxMembers: TIMER_REWRITE_BUDGET })));
  if (!sliced) result.uplineRewrites.pending = true;
  return result;
});
