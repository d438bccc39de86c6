import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import type { StampCardView } from '../../../src/contracts/stamp-card';
import { STAMP_ERRORS } from '../../../src/domain/stamps/stamp-errors';
import { DomainError, failWith } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { rewardNames } from '../../shared/flows/stamps/reward-names';
import { readStampCards, STAMP_CARDS_ID } from '../../shared/flows/stamps/stamp-registry';
import { toStampCardView } from '../../shared/flows/stamps/to-stamp-card-view';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** Ends a card now: no more stamps; stamps and rewards held stay, and refunds still take stamps back. Audited. */
export const stopStampCard = defineAction(marketingAdminApi.actions.stopStampCard, async (ctx, input): Promise<StampCardView> => {
  const nowIso = ctx.now.toISOString();
  const card = await ctx.store.runTransaction(async (tx) => {
    const current = await readStampCards(tx);
    const found = current.cards.find((c) => c.id === input.cardId);
    if (!found) throw failWith(STAMP_ERRORS.NOT_FOUND);
    if (found.endAt <= nowIso) return found;
    const stopped = { ...found, endAt: nowIso };
    const cards = current.cards.map((c) => (c.id === found.id ? stopped : c));
    if (!(await tx.update(COLLECTIONS.merchant, STAMP_CARDS_ID, { version: current.version }, { cards, version: current.version + 1 }))) throw new DomainError('MARKETING.BUSY', '集点卡刚刚有变化，请重试');
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'stopStampCard', target: found.id, before: { endAt: found.endAt }, after: { endAt: nowIso } });
    return stopped;
  });
  return toStampCardView(card, nowIso, (await rewardNames(ctx.store, [card])).get(card.rewardTemplateId) ?? '');
});
