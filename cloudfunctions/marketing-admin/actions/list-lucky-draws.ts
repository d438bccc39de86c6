import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import type { LuckyDrawAdminView } from '../../../src/contracts/lucky-draw';
import { readDrawAdminView } from '../../shared/flows/lucky-draw/draw-admin-view';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** Every 刮刮卡 / 大转盘, newest first (at most 50), with stock left and draws made. */
export const listLuckyDraws = defineAction(marketingAdminApi.actions.listLuckyDraws, async (ctx): Promise<LuckyDrawAdminView[]> => {
  const nowIso = ctx.now.toISOString();
  const draws = await ctx.store.find(COLLECTIONS.luckyDraws, {}, { limit: 50, orderBy: [{ field: 'createdAt', direction: 'desc' }] });
  return Promise.all(draws.map((d) => readDrawAdminView(ctx.store, d, nowIso)));
});
