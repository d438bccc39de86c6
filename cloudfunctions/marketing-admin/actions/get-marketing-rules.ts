import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import type { MarketingRulesView } from '../../../src/contracts/marketing';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getMarketingRules as readRules } from '../../shared/flows/marketing/get-marketing-rules';
import { toMarketingRulesView } from '../../shared/flows/marketing/to-marketing-views';

export const getMarketingRules = defineAction(marketingAdminApi.actions.getMarketingRules, async (ctx): Promise<MarketingRulesView> => {
  return toMarketingRulesView(await readRules(ctx.store));
});
