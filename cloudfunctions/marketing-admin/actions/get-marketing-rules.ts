import type { MarketingRulesView } from '../../../src/contracts/marketing';
import { marketingAdminInputs } from '../../../src/contracts/marketing-inputs';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getMarketingRules as readRules } from '../../shared/flows/marketing/get-marketing-rules';
import { toMarketingRulesView } from '../../shared/flows/marketing/to-marketing-views';

export const getMarketingRules = defineAction(marketingAdminInputs.getMarketingRules, async (ctx): Promise<MarketingRulesView> => {
  await requirePermission(ctx, 'marketing');
  return toMarketingRulesView(await readRules(ctx.store));
});
