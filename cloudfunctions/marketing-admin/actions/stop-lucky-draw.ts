import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import type { LuckyDrawAdminView } from '../../../src/contracts/lucky-draw';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { readDrawAdminView } from '../../shared/flows/lucky-draw/draw-admin-view';
import { loadDraw } from '../../shared/flows/lucky-draw/load-draw';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** Ends a game now (its window closes; draws made and prizes given stay). A game already over changes nothing. Audited. */
export const stopLuckyDraw = defineAction(marketingAdminApi.actions.stopLuckyDraw, async (ctx, input): Promise<LuckyDrawAdminView> => {
  const nowIso = ctx.now.toISOString();
  const draw = await loadDraw(ctx.store, input.drawId);
  if (draw.endAt <= nowIso) return readDrawAdminView(ctx.store, draw, nowIso);
  await ctx.store.runTransaction(async (tx) => {
    if (await tx.update(COLLECTIONS.luckyDraws, draw._id, { endAt: draw.endAt }, { endAt: nowIso })) {
      await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'stopLuckyDraw', target: draw._id, before: { endAt: draw.endAt }, after: { endAt: nowIso } });
    }
  });
  return readDrawAdminView(ctx.store, await loadDraw(ctx.store, draw._id), nowIso);
});
