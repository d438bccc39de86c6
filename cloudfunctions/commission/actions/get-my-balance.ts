import { commissionApi } from '../../../src/contracts/api/commission';
import { toFen } from '../../../src/domain/money/fen';
import type { Balance } from '../../../src/contracts/commission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { zeroBalance } from '../../shared/flows/ledger/apply-balance-change';
import { readPendingFen } from '../../shared/flows/ledger/read-pending-fen';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** Two reads: the cached balance (kept equal to the entries; npm run ledger:check proves it) and the pending sum. */
export const getMyBalance = defineAction(commissionApi.actions.getMyBalance, async (ctx): Promise<Balance> => {
  const [cached, pendingFen] = await Promise.all([ctx.store.get(COLLECTIONS.balances, ctx.openid), readPendingFen(ctx.store, ctx.openid)]);
  const b = cached ?? zeroBalance(ctx.openid, ctx.now.toISOString());
  return {
    pendingFen,
    settledFen: b.settledFen,
    inWithdrawalFen: b.inWithdrawalFen,
    withdrawnFen: b.withdrawnFen,
    availableFen: b.availableFen,
    clawedBackFen: b.clawedBackFen ?? toFen(0),
  };
});
