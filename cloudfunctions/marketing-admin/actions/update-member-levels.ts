import type { MarketingRulesView } from '../../../src/contracts/marketing';
import { marketingAdminInputs } from '../../../src/contracts/marketing-inputs';
import { toBps, toFen } from '../../../src/domain/money/fen';
import type { MemberLevel } from '../../../src/domain/promotions/member-level';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toMarketingRulesView } from '../../shared/flows/marketing/to-marketing-views';
import { saveMarketingRules } from '../save-marketing-rules';

/** Member levels by cumulative spend, each with a rate off and optional member prices per SKU. Audited. */
export const updateMemberLevels = defineAction(marketingAdminInputs.updateMemberLevels, async (ctx, input): Promise<MarketingRulesView> => {
  await requirePermission(ctx, 'marketing');
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
