import type { StampCardView } from '../../../src/contracts/stamp-card';
import { stampCardAdminInputs } from '../../../src/contracts/stamp-card-inputs';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { rewardNames } from '../../shared/flows/stamps/reward-names';
import { readStampCards } from '../../shared/flows/stamps/stamp-registry';
import { toStampCardView } from '../../shared/flows/stamps/to-stamp-card-view';
import { defineAction } from '../../shared/kernel/handler/define-action';

/** Every 集点卡, newest first. */
export const listStampCards = defineAction(stampCardAdminInputs.listStampCards, async (ctx): Promise<StampCardView[]> => {
  await requirePermission(ctx, 'marketing');
  const nowIso = ctx.now.toISOString();
  const { cards } = await readStampCards(ctx.store);
  const names = await rewardNames(ctx.store, cards);
  return [...cards].reverse().map((c) => toStampCardView(c, nowIso, names.get(c.rewardTemplateId) ?? ''));
});
