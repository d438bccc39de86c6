import { toFen } from '../../../src/domain/money/fen';
import type { Balance } from '../../../src/contracts/commission';
import { commissionInputs } from '../../../src/contracts/commission-inputs';
import { defineAction } from '../../shared/handler/define-action';
import { zeroBalance } from '../../shared/ledger/apply-balance-change';
import { COLLECTIONS } from '../../shared/store/collections';
import type { BalanceDoc } from '../../shared/docs';

/** One read: the cached balance, kept equal to the sum of the caller's entries (npm run ledger:check proves it). */
export const getMyBalance = defineAction(commissionInputs.getMyBalance, async (ctx): Promise<Balance> => {
  const b = (await ctx.store.get<BalanceDoc>(COLLECTIONS.balances, ctx.openid)) ?? zeroBalance(ctx.openid, ctx.now.toISOString());
  return {
    pendingFen: b.pendingFen,
    settledFen: b.settledFen,
    inWithdrawalFen: b.inWithdrawalFen,
    withdrawnFen: b.withdrawnFen,
    availableFen: b.availableFen,
    clawedBackFen: b.clawedBackFen ?? toFen(0),
  };
});
