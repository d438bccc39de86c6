import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import type { LuckyDrawAdminView } from '../../../src/contracts/lucky-draw';
import { assertDrawRules, type DrawPrize } from '../../../src/domain/draw/lucky-draw';
import { DRAW_ERRORS } from '../../../src/domain/draw/draw-errors';
import { failWith } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { toLuckyDrawAdminView } from '../../shared/flows/lucky-draw/draw-views';
import { stableId } from '../../shared/flows/scenes/scene-id';
import type { LuckyDrawDoc } from '../../shared/kernel/docs/marketing-docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/**
 * Staff create a 刮刮卡 / 大转盘: prizes (coupon, points or 谢谢参与) each with stock and a weight, chances per day and
 * where they come from, the window and the public rules. Checked by the domain rule — a prize worth more than
 * ¥50,000 is refused (有奖销售). The game and one stock document per stocked prize are created in one transaction;
 * the id derives from the request id, so a retried create returns the same game. Audited. A game is not edited once
 * made (shoppers drew on its odds); staff stop it and make another.
 */
export const saveLuckyDraw = defineAction(marketingAdminApi.actions.saveLuckyDraw, async (ctx, input): Promise<LuckyDrawAdminView> => {
  const nowIso = ctx.now.toISOString();
  const drawId = 'D' + stableId(['draw', ctx.openid, input.requestId], 16);
  const fields = { name: input.name, style: input.style, rulesText: input.rulesText, chancesPerDay: input.chancesPerDay, chanceFromSignIn: input.chanceFromSignIn, chancePerPaidOrder: input.chancePerPaidOrder, startAt: input.startAt, endAt: input.endAt };
  const prizes: DrawPrize[] = input.prizes.map((p, i) => ({ ...p, id: `P${i + 1}`, couponTemplateId: p.kind === 'COUPON' ? p.couponTemplateId : null, points: p.kind === 'POINTS' ? p.points : 0 }));
  const draw: LuckyDrawDoc = { _id: drawId, ...fields, prizes, createdBy: ctx.openid, createdAt: nowIso };
  assertDrawRules(draw);
  for (const p of prizes) {
    if (p.kind !== 'COUPON') continue;
    const template = await ctx.store.get(COLLECTIONS.couponTemplates, p.couponTemplateId!);
    if (!template || template.status !== 'ACTIVE') throw failWith(DRAW_ERRORS.INVALID, `「${p.name}」的优惠券不存在或已停发`);
  }
  const saved = await ctx.store.runTransaction(async (tx) => {
    if (!(await tx.insert(COLLECTIONS.luckyDraws, draw))) return (await tx.get(COLLECTIONS.luckyDraws, drawId))!;
    for (const p of prizes) {
      if (p.stock !== null) await tx.create(COLLECTIONS.drawStocks, { _id: `${drawId}:${p.id}`, drawId, prizeId: p.id, remaining: p.stock });
    }
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'saveLuckyDraw', target: drawId, before: null, after: draw });
    return draw;
  });
  return toLuckyDrawAdminView(saved, nowIso, new Map(), 0);
});
