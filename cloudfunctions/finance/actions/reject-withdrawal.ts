import { financeApi } from '../../../src/contracts/api/finance';
import type { FinanceWithdrawalView } from '../../../src/contracts/finance';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { noticeWithdrawalResult } from '../../shared/flows/notices/notices';
import { applyWithdrawalMove } from '../../shared/flows/withdrawals/apply-withdrawal-move';
import { loadWithdrawal } from '../../shared/flows/withdrawals/load-withdrawal';
import { toFinanceWithdrawalView } from '../to-finance-withdrawal-views';

/** REQUESTED → REJECTED with a reason the distributor sees; the amount goes back to their available balance. */
export const rejectWithdrawal = defineAction(financeApi.actions.rejectWithdrawal, async (ctx, input): Promise<FinanceWithdrawalView> => {
  const nowIso = ctx.now.toISOString();
  const rejected = await ctx.store.runTransaction(async (tx) =>
    applyWithdrawalMove(tx, ctx, {
      current: await loadWithdrawal(tx, input.withdrawalId),
      to: 'REJECTED',
      patch: { reviewedBy: ctx.openid, reviewedAt: nowIso, rejectReason: input.reason },
      actorId: ctx.openid,
      action: 'rejectWithdrawal',
    }),
  );
  await noticeWithdrawalResult(ctx, rejected);
  return toFinanceWithdrawalView(ctx.store, rejected);
});
