import { marketingApi } from '../../../src/contracts/api/marketing';
import type { MyStampCardView } from '../../../src/contracts/stamp-card';
import { stampCardProgress } from '../../../src/domain/stamps/stamp-card';
import { stampAccountId } from '../../shared/flows/stamps/award-stamps';
import { rewardNames } from '../../shared/flows/stamps/reward-names';
import { readStampCards } from '../../shared/flows/stamps/stamp-registry';
import { toStampCardView } from '../../shared/flows/stamps/to-stamp-card-view';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** 我的集点卡: every running card, and any ended card the shopper holds stamps or rewards on, with progress. */
export const listMyStampCards = defineAction(marketingApi.actions.listMyStampCards, async (ctx): Promise<MyStampCardView[]> => {
  const nowIso = ctx.now.toISOString();
  const { cards } = await readStampCards(ctx.store);
  if (cards.length === 0) return [];
  const accounts = await ctx.store.find(COLLECTIONS.stampAccounts, { _id: { $in: cards.map((c) => stampAccountId(c.id, ctx.openid)) } }, { limit: cards.length });
  const byCard = new Map(accounts.map((a) => [a.cardId, a]));
  const names = await rewardNames(ctx.store, cards);
  return cards
    .map((card) => ({ card, account: byCard.get(card.id) }))
    .filter(({ card, account }) => account || (card.startAt <= nowIso && nowIso < card.endAt))
    .map(({ card, account }) => {
      const active = account?.active ?? 0;
      const rewardsGranted = account?.rewardsGranted ?? 0;
      const { towardNext, owed } = stampCardProgress(card.goal, active, rewardsGranted);
      return { ...toStampCardView(card, nowIso, names.get(card.rewardTemplateId) ?? ''), active, towardNext, owed, rewardsGranted, rewardCouponIds: account?.rewardCouponIds ?? [] };
    });
});
