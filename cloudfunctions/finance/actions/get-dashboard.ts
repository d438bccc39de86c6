import { financeApi } from '../../../src/contracts/api/finance';
import type { DashboardView } from '../../../src/contracts/finance';
import { dashboardFromDays, reportDays } from '../../../src/domain/report/dashboard-from-days';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readStatsDays } from '../../shared/flows/stats/read-stats-days';
import { nicknamesOf } from '../../shared/flows/users/nicknames-of';

/**
 * 经营数据 for today / 7 / 30 Beijing days, from the daily statistics (shared/flows/stats): the month's day documents and
 * the money totals of the days before it in one query, the top distributors' nicknames in another — at most 37
 * documents whatever the shop's size. `complete` is false only while a shop with history from before the statistics
 * is still being counted (backfillDailyStats).
 */
export const getDashboard = defineAction(financeApi.actions.getDashboard, async (ctx): Promise<DashboardView> => {
  const { days, moneyBefore, complete } = await readStatsDays(ctx.store, reportDays(ctx.now));
  const figures = dashboardFromDays(days, moneyBefore, ctx.now);
  const names = await nicknamesOf(ctx.store, figures.topDistributors.map((d) => d.userId));
  return {
    generatedAt: ctx.now.toISOString(),
    periods: figures.periods,
    daily: figures.daily,
    topProducts: figures.topProducts,
    topDistributors: figures.topDistributors.map((d) => ({ ...d, nickname: names.get(d.userId) ?? d.userId })),
    commission: figures.commission,
    complete,
  };
});
