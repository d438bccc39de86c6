import { marketingApi } from '../../../src/contracts/api/marketing';
import type { DrawResultView } from '../../../src/contracts/lucky-draw';
import { pickPrize } from '../../../src/domain/draw/lucky-draw';
import { DRAW_ERRORS } from '../../../src/domain/draw/draw-errors';
import { failWith } from '../../../src/domain/shared/domain-error';
import { applyPointsChange } from '../../shared/flows/marketing/apply-points-change';
import { grantCouponInTx } from '../../shared/flows/marketing/grant-coupon';
import { chancesToday } from '../../shared/flows/lucky-draw/chances-today';
import { drawRandom } from '../../shared/flows/lucky-draw/draw-random';
import { isDrawOpen, toDrawRecordView } from '../../shared/flows/lucky-draw/draw-views';
import { loadDraw } from '../../shared/flows/lucky-draw/load-draw';
import { ensureUser } from '../../shared/flows/users/ensure-user';
import type { DrawRecordDoc, DrawStockDoc } from '../../shared/kernel/docs/marketing-docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/**
 * 抽奖: uses one of today's chances and gives a prize, on the server. The chance is the record's id — the n-th draw
 * of the shopper's day in this game — so each chance is used once: a concurrent second draw on the same chance
 * cannot insert and changes nothing (DRAW.BUSY). The random number comes from node:crypto and is passed to the pure
 * pick; only prizes with stock left take part, and the chosen prize's unit is taken by compare-and-set on the stock
 * read in the same transaction, so stock is never exceeded under concurrency (a lost race rolls the draw back).
 * The prize is given in the same transaction: a coupon (a reward grant; one that can no longer be given is noted on
 * the record) or points (a points change keyed by the record).
 */
export const drawPrize = defineAction(marketingApi.actions.drawPrize, async (ctx, input): Promise<DrawResultView> => {
  await ensureUser(ctx);
  const draw = await loadDraw(ctx.store, input.drawId);
  const nowIso = ctx.now.toISOString();
  if (!isDrawOpen(draw, nowIso)) throw failWith(DRAW_ERRORS.NOT_OPEN);
  const { day, used, left } = await chancesToday(ctx.store, draw, ctx.openid, ctx.now);
  if (left <= 0) throw failWith(DRAW_ERRORS.NO_CHANCE);
  const recordId = `${draw._id}:${ctx.openid}:${day}:${used + 1}`;
  const random = drawRandom();
  const busy = () => failWith(DRAW_ERRORS.BUSY);

  const record = await ctx.store.runTransaction(async (tx) => {
    const stocked = draw.prizes.filter((p) => p.stock !== null);
    const stocks = new Map<string, DrawStockDoc | null>();
    for (const p of stocked) stocks.set(p.id, await tx.get(COLLECTIONS.drawStocks, `${draw._id}:${p.id}`));
    const remaining = new Map(stocked.map((p) => [p.id, stocks.get(p.id)?.remaining ?? 0]));
    const prize = pickPrize(draw.prizes, remaining, random);
    const stock = stocks.get(prize.id);
    if (prize.stock !== null) {
      if (!stock || !(await tx.update(COLLECTIONS.drawStocks, stock._id, { remaining: stock.remaining }, { remaining: stock.remaining - 1 }))) throw busy();
    }
    const doc: DrawRecordDoc = { _id: recordId, drawId: draw._id, drawName: draw.name, userId: ctx.openid, day, prizeId: prize.id, prizeName: prize.name, kind: prize.kind, points: 0, couponId: null, grantNote: null, at: nowIso };
    if (prize.kind === 'COUPON' && prize.couponTemplateId) {
      const grant = await grantCouponInTx(tx, { templateId: prize.couponTemplateId, userId: ctx.openid, requestId: `draw-${recordId}`, source: 'REWARD', nowIso });
      if (grant.ok) doc.couponId = grant.coupon._id;
      else doc.grantNote = grant.error.message;
    }
    if (prize.kind === 'POINTS') {
      await applyPointsChange(tx, { id: `draw:${recordId}`, userId: ctx.openid, kind: 'EARN', delta: prize.points, note: `${draw.name}：${prize.name}`, ref: recordId }, nowIso);
      doc.points = prize.points;
    }
    // Last: a second draw on the same chance fails here, and everything above rolls back with it.
    if (!(await tx.insert(COLLECTIONS.drawRecords, doc))) throw busy();
    return doc;
  });
  return { ...toDrawRecordView(record), chancesLeft: left - 1 };
});
