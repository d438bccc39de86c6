import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import type { MarketingRulesView } from '../../../src/contracts/marketing';
import { toBps } from '../../../src/domain/money/fen';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toMarketingRulesView } from '../../shared/flows/marketing/to-marketing-views';
import { saveMarketingRules } from '../save-marketing-rules';

/** Points rules: earning rate, point value and checkout cap, sign-in reward and streak bonuses. Audited. */
export const updatePointsRules = defineAction(marketingAdminApi.actions.updatePointsRules, async (ctx, input): Promise<MarketingRulesView> => {
  const p = input.points;
  const points = { ...p, earnBps: toBps(p.earnBps), maxDeductionBps: toBps(p.maxDeductionBps), streakBonuses: [...p.streakBonuses].sort((a, b) => a.day - b.day) };
  return toMarketingRulesView(await saveMarketingRules(ctx, 'updatePointsRules', input.expectedVersion, { points }));
});
