import { marketingApi } from '../../../src/contracts/api/marketing';
import type { LuckyDrawView } from '../../../src/contracts/lucky-draw';
import { chancesToday } from '../../shared/flows/lucky-draw/chances-today';
import { isDrawOpen, toLuckyDrawView } from '../../shared/flows/lucky-draw/draw-views';
import { loadDraw } from '../../shared/flows/lucky-draw/load-draw';
import { defineAction } from '../../shared/kernel/handler/define-action';

/** One game with its public rules and odds, and the shopper's chances left today. */
export const getLuckyDraw = defineAction(marketingApi.actions.getLuckyDraw, async (ctx, input): Promise<LuckyDrawView> => {
  const draw = await loadDraw(ctx.store, input.drawId);
  const nowIso = ctx.now.toISOString();
  const left = isDrawOpen(draw, nowIso) ? (await chancesToday(ctx.store, draw, ctx.openid, ctx.now)).left : 0;
  return toLuckyDrawView(draw, nowIso, left);
});
