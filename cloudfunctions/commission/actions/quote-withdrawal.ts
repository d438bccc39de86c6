import type { WithdrawalQuote } from '../../../src/contracts/commission';
import { commissionInputs } from '../../../src/contracts/commission-inputs';
import { toFen } from '../../../src/domain/money/fen';
import { shanghaiDay } from '../../../src/domain/shared/shanghai-day';
import { defineAction } from '../../shared/handler/define-action';
import { quoteFor } from '../quote-for';

/** The fee and net amount before the distributor confirms; refuses with the same codes the request would. Writes nothing. */
export const quoteWithdrawal = defineAction(commissionInputs.quoteWithdrawal, async (ctx, input): Promise<WithdrawalQuote> => {
  const { quote, rules, availableFen, withdrawnTodayFen } = await quoteFor(ctx.store, ctx.openid, shanghaiDay(ctx.now), input);
  return {
    ...quote,
    availableFen,
    availableAfterFen: toFen(availableFen - quote.amountFen),
    dailyLeftFen: toFen(Math.max(0, rules.dailyCapFen - withdrawnTodayFen)),
  };
});
