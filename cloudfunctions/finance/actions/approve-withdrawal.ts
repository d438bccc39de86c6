import type { FinanceWithdrawalView } from '../../../src/contracts/finance';
import { financeInputs } from '../../../src/contracts/finance-inputs';
import { requirePermission } from '../../shared/auth/require-permission';
import { defineAction } from '../../shared/handler/define-action';
import { applyWithdrawalMove } from '../apply-withdrawal-move';
import { assertNotFrozen } from '../assert-not-frozen';
import { assertPayeeNotInDebt } from '../assert-payee-not-in-debt';
import { loadWithdrawal } from '../load-withdrawal';
import { payOut } from '../pay-out';
import { toFinanceWithdrawalView } from '../to-finance-withdrawal-views';

/**
 * REQUESTED → APPROVED (attempt 1), then the payout → PAID or FAILED. The amount was debited at request time, so
 * approval moves no money by itself. Approving anything not REQUESTED (twice, or after rejection) is
 * WITHDRAWAL.INVALID_TRANSITION and changes nothing.
 */
export const approveWithdrawal = defineAction(financeInputs.approveWithdrawal, async (ctx, input): Promise<FinanceWithdrawalView> => {
  await requirePermission(ctx, 'finance');
  const nowIso = ctx.now.toISOString();
  const approved = await ctx.store.runTransaction(async (tx) => {
    const current = await loadWithdrawal(tx, input.withdrawalId);
    if (current.status === 'REQUESTED') {
      await assertNotFrozen(tx, current.userId);
      await assertPayeeNotInDebt(tx, current.userId);
    }
    return applyWithdrawalMove(tx, ctx, {
      current,
      to: 'APPROVED',
      patch: { reviewedBy: ctx.openid, reviewedAt: nowIso, attempts: current.attempts + 1 },
      actorId: ctx.openid,
      action: 'approveWithdrawal',
    });
  });
  return toFinanceWithdrawalView(ctx.store, await payOut(ctx, approved));
});
