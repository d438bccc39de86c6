import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import type { StampCardView } from '../../../src/contracts/stamp-card';
import { rewardNames } from '../../shared/flows/stamps/reward-names';
import { readStampCards } from '../../shared/flows/stamps/stamp-registry';
import { toStampCardView } from '../../shared/flows/stamps/to-stamp-card-view';
import { defineAction } from '../../shared/kernel/handler/define-action';

/** Every 集点卡, newest first. */
export const listStampCards = defineAction(marketingAdminApi.actions.listStampCards, async (ctx): Promise<StampCardView[]> => {
  const nowIso = ctx.now.toISOString();
  const { cards } = await readStampCards(ctx.store);
  const names = await rewardNames(ctx.store, cards);
  return [...cards].reverse().map((c) => toStampCardView(c, nowIso, names.get(c.rewardTemplateId) ?? ''));
});
