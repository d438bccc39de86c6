import type { DrawRecordView, LuckyDrawAdminView, LuckyDrawView } from '../../../../src/contracts/lucky-draw';
import { drawOdds } from '../../../../src/domain/draw/lucky-draw';
import { toFen } from '../../../../src/domain/money/fen';
import type { DrawRecordDoc, LuckyDrawDoc } from '../../kernel/docs/marketing-docs';

export function isDrawOpen(draw: Pick<LuckyDrawDoc, 'startAt' | 'endAt'>, nowIso: string): boolean {
  return draw.startAt <= nowIso && nowIso < draw.endAt;
}

export function toLuckyDrawView(draw: LuckyDrawDoc, nowIso: string, chancesLeft: number): LuckyDrawView {
  const odds = new Map(drawOdds(draw.prizes).map((o) => [o.prizeId, o.percent]));
  return {
    id: draw._id,
    name: draw.name,
    style: draw.style,
    rulesText: draw.rulesText,
    prizes: draw.prizes.map((p) => ({ id: p.id, kind: p.kind, name: p.name, valueFen: toFen(p.valueFen), percent: odds.get(p.id) ?? '0.00' })),
    chancesPerDay: draw.chancesPerDay,
    chanceFromSignIn: draw.chanceFromSignIn,
    chancePerPaidOrder: draw.chancePerPaidOrder,
    startAt: draw.startAt,
    endAt: draw.endAt,
    open: isDrawOpen(draw, nowIso),
    chancesLeft,
  };
}

export function toLuckyDrawAdminView(draw: LuckyDrawDoc, nowIso: string, remaining: ReadonlyMap<string, number>, draws: number): LuckyDrawAdminView {
  const view = toLuckyDrawView(draw, nowIso, 0);
  return {
    ...view,
    prizesAdmin: draw.prizes.map((p, i) => ({ ...view.prizes[i]!, couponTemplateId: p.couponTemplateId, points: p.points, stock: p.stock, remaining: p.stock === null ? null : (remaining.get(p.id) ?? p.stock), weight: p.weight })),
    draws,
    createdAt: draw.createdAt,
  };
}

export function toDrawRecordView(r: DrawRecordDoc): DrawRecordView {
  return { id: r._id, drawId: r.drawId, drawName: r.drawName, prizeId: r.prizeId, prizeName: r.prizeName, kind: r.kind, won: r.kind !== 'NONE', points: r.points, couponId: r.couponId, grantNote: r.grantNote, userId: r.userId, at: r.at };
}
