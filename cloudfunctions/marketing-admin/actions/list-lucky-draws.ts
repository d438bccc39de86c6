import type { LuckyDrawAdminView } from '../../../src/contracts/lucky-draw';
import { luckyDrawAdminInputs } from '../../../src/contracts/lucky-draw-inputs';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { readDrawAdminView } from '../../shared/flows/lucky-draw/draw-admin-view';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** Every 刮刮卡 / 大转盘, newest first (at most 50), with stock left and draws made. */
export const listLuckyDraws = defineAction(luckyDrawAdminInputs.listLuckyDraws, async (ctx): Promise<LuckyDrawAdminView[]> => {
  await requirePermission(ctx, 'marketing');
  const nowIso = ctx.now.toISOString();
  const draws = await ctx.store.find(COLLECTIONS.luckyDraws, {}, { limit: 50, orderBy: [{ field: 'createdAt', direction: 'desc' }] });
  return Promise.all(draws.map((d) => readDrawAdminView(ctx.store, d, nowIso)));
});
