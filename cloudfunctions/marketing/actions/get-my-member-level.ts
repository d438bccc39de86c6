import { marketingApi } from '../../../src/contracts/api/marketing';
import type { MyMemberLevelView } from '../../../src/contracts/marketing';
import { toFen } from '../../../src/domain/money/fen';
import { memberLevelFor, nextMemberLevel } from '../../../src/domain/promotions/member-level';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getMarketingRules } from '../../shared/flows/marketing/get-marketing-rules';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** 会员等级: the level the customer's cumulative spend reached, the next one and what is missing. */
export const getMyMemberLevel = defineAction(marketingApi.actions.getMyMemberLevel, async (ctx): Promise<MyMemberLevelView> => {
  const [rules, stats] = await Promise.all([getMarketingRules(ctx.store), ctx.store.get(COLLECTIONS.userStats, ctx.openid)]);
  const spendFen = toFen(Math.max(0, stats?.spendFen ?? 0));
  const levels = [...rules.levels].sort((a, b) => a.minSpendFen - b.minSpendFen);
  return { spendFen, level: memberLevelFor(levels, spendFen), next: nextMemberLevel(levels, spendFen), levels };
});
