import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import type { StampCardView } from '../../../src/contracts/stamp-card';
import { assertStampCardRules } from '../../../src/domain/stamps/stamp-card';
import { STAMP_ERRORS } from '../../../src/domain/stamps/stamp-errors';
import { DomainError, failWith } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { stableId } from '../../shared/flows/scenes/scene-id';
import { readStampCards, STAMP_CARDS_ID } from '../../shared/flows/stamps/stamp-registry';
import { toStampCardView } from '../../shared/flows/stamps/to-stamp-card-view';
import type { StampCardDoc, StampCardsDoc } from '../../shared/kernel/docs/marketing-docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

const MAX_CARDS = 20;

/**
 * Staff define a 集点卡: N stamps → a reward coupon; stamps from paid lines of chosen products, pickups handed over,
 * or 优惠买单 of at least an amount. Added to the merchant document `stamp-cards` by compare-and-set on its version
 * (payment reads it in the query it already makes); the id derives from the request id, so a retry adds it once.
 * Not edited afterwards (shoppers collect under its rules): stop it and define another. Audited.
 */
export const saveStampCard = defineAction(marketingAdminApi.actions.saveStampCard, async (ctx, input): Promise<StampCardView> => {
  const nowIso = ctx.now.toISOString();
  const card: StampCardDoc = {
    id: 'K' + stableId(['stamp-card', ctx.openid, input.requestId], 16),
    name: input.name,
    goal: input.goal,
    rewardTemplateId: input.rewardTemplateId,
    productIds: [...new Set(input.productIds)],
    perPickup: input.perPickup,
    counterMinFen: input.counterMinFen,
    startAt: input.startAt,
    endAt: input.endAt,
    createdAt: nowIso,
  };
  assertStampCardRules(card);
  if (!(card.startAt < card.endAt)) throw failWith(STAMP_ERRORS.INVALID, '结束时间须晚于开始时间');
  const template = await ctx.store.get(COLLECTIONS.couponTemplates, card.rewardTemplateId);
  if (!template || template.status !== 'ACTIVE') throw failWith(STAMP_ERRORS.INVALID, '奖励优惠券不存在或已停发');
  const saved = await ctx.store.runTransaction(async (tx) => {
    const current = await readStampCards(tx);
    const existing = current.cards.find((c) => c.id === card.id);
    if (existing) return existing;
    if (current.cards.length >= MAX_CARDS) throw failWith(STAMP_ERRORS.INVALID, `集点卡最多 ${MAX_CARDS} 张`);
    const next: StampCardsDoc = { _id: STAMP_CARDS_ID, cards: [...current.cards, card], version: current.version + 1 };
    const ok = current.version === 0 && current.cards.length === 0 ? await tx.insert(COLLECTIONS.merchant, next) : await tx.update(COLLECTIONS.merchant, STAMP_CARDS_ID, { version: current.version }, { cards: next.cards, version: next.version });
    if (!ok) throw new DomainError('MARKETING.BUSY', '集点卡刚刚有变化，请重试');
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'saveStampCard', target: card.id, before: null, after: card });
    return card;
  });
  return toStampCardView(saved, nowIso, template.name);
});
