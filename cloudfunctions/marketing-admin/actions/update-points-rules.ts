import type { MarketingRulesView } from '../../../src/contracts/marketing';
import { marketingAdminInputs } from '../../../src/contracts/marketing-inputs';
import { toBps } from '../../../src/domain/money/fen';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toMarketingRulesView } from '../../shared/flows/marketing/to-marketing-views';
import { saveMarketingRules } from '../save-marketing-rules';

/** Points rules: earning rate, point value and checkout cap, sign-in reward and streak bonuses. Audited. */
export const updatePointsRules = defineAction(marketingAdminInputs.updatePointsRules, async (ctx, input): Promise<MarketingRulesView> => {
  await requirePermission(ctx, 'marketing');
  const p = input.points;
  const points = { ...p, earnBps: toBps(p.earnBps), maxDeductionBps: toBps(p.maxDeductionBps), streakBonuses: [...p.streakBonuses].sort((a, b) => a.day - b.day) };
  return toMarketingRulesView(await saveMarketingRules(ctx, 'updatePointsRules', input.expectedVersion, { points }));
});
