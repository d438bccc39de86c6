import { commissionApi } from '../../../src/contracts/api/commission';
import type { WithdrawalQuote } from '../../../src/contracts/commission';
import { toFen } from '../../../src/domain/money/fen';
import { shanghaiDay } from '../../../src/domain/shared/shanghai-day';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { withDayTotals } from '../../shared/flows/withdrawals/withdrawal-day-total';
import { quoteFor } from '../../shared/flows/withdrawals/quote-for';

/** The fee and net amount before the distributor confirms; refuses with the same codes the request would. Writes nothing. */
export const quoteWithdrawal = defineAction(commissionApi.actions.quoteWithdrawal, async (ctx, input): Promise<WithdrawalQuote> => {
  const { quote, rules, availableFen, withdrawnTodayFen } = await withDayTotals(ctx.store, (summed) => quoteFor(ctx.store, ctx.openid, shanghaiDay(ctx.now), input, summed));
  return {
    ...quote,
    availableFen,
    availableAfterFen: toFen(availableFen - quote.amountFen),
    dailyLeftFen: toFen(Math.max(0, rules.dailyCapFen - withdrawnTodayFen)),
  };
});
