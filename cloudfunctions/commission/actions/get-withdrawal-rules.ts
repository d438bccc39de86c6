import { commissionApi } from '../../../src/contracts/api/commission';
import type { WithdrawalRulesView } from '../../../src/contracts/commission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getDistributionPolicy } from '../../shared/flows/merchant/get-distribution-policy';

/** The merchant's withdrawal rules as the form needs them (the request checks the same policy). */
export const getWithdrawalRules = defineAction(commissionApi.actions.getWithdrawalRules, async (ctx): Promise<WithdrawalRulesView> => {
  const { methods, minFen, maxFen, dailyCapFen, feeBps } = (await getDistributionPolicy(ctx.store)).withdrawal;
  return { methods, minFen, maxFen, dailyCapFen, feeBps };
});
