import { marketingApi } from '../../../src/contracts/api/marketing';
import type { LuckyDrawView } from '../../../src/contracts/lucky-draw';
import { chancesToday } from '../../shared/flows/lucky-draw/chances-today';
import { isDrawOpen, toLuckyDrawView } from '../../shared/flows/lucky-draw/draw-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** The 刮刮卡 / 大转盘 games running now, each with the shopper's chances left today. */
export const listOpenLuckyDraws = defineAction(marketingApi.actions.listOpenLuckyDraws, async (ctx): Promise<LuckyDrawView[]> => {
  const nowIso = ctx.now.toISOString();
  const running = (await ctx.store.find(COLLECTIONS.luckyDraws, { endAt: { $gt: nowIso } }, { limit: 20, orderBy: [{ field: 'endAt', direction: 'asc' }] })).filter((d) => isDrawOpen(d, nowIso));
  return Promise.all(running.map(async (d) => toLuckyDrawView(d, nowIso, (await chancesToday(ctx.store, d, ctx.openid, ctx.now)).left)));
});
