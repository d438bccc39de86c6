import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import type { MarketingRulesView } from '../../../src/contracts/marketing';
import { toBps, toFen } from '../../../src/domain/money/fen';
import type { MemberLevel } from '../../../src/domain/promotions/member-level';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toMarketingRulesView } from '../../shared/flows/marketing/to-marketing-views';
import { saveMarketingRules } from '../save-marketing-rules';

/** Member levels by cumulative spend, each with a rate off and optional member prices per SKU. Audited. */
export const updateMemberLevels = defineAction(marketingAdminApi.actions.updateMemberLevels, async (ctx, input): Promise<MarketingRulesView> => {
  const levels: MemberLevel[] = [...input.levels]
    .sort((a, b) => a.minSpendFen - b.minSpendFen)
    .map((l) => ({
      ...l,
      minSpendFen: toFen(l.minSpendFen),
      offBps: toBps(l.offBps),
      memberPriceFenBySkuId: Object.fromEntries(Object.entries(l.memberPriceFenBySkuId).map(([k, v]) => [k, toFen(v)])),
    }));
  return toMarketingRulesView(await saveMarketingRules(ctx, 'updateMemberLevels', input.expectedVersion, { levels }));
});
