import { failWith } from '../../../src/domain/shared/domain-error';
import { financeApi } from '../../../src/contracts/api/finance';
import type { FinanceWithdrawalView } from '../../../src/contracts/finance';
import { requirePermissionWithUsers } from '../../shared/kernel/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { WITHDRAWAL_ERRORS } from '../../../src/contracts/commission';
import type { BalanceDoc } from '../../shared/kernel/docs/docs';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { moveWithdrawal } from '../../shared/flows/withdrawals/apply-withdrawal-move';
import { assertNotFrozen } from '../../shared/flows/withdrawals/assert-not-frozen';
import { assertPayeeNotInDebt } from '../../shared/flows/withdrawals/assert-payee-not-in-debt';
import { loadWithdrawal } from '../../shared/flows/withdrawals/load-withdrawal';
import { payOut } from '../../shared/flows/withdrawals/pay-out';
import { availableAfterPayout, toFinanceWithdrawalView } from '../to-finance-withdrawal-views';

/**
 * REQUESTED → APPROVED (attempt 1), then the payout → PAID or FAILED. The amount was debited at request time, so
 * approval moves no money by itself. Approving anything not REQUESTED (twice, or after rejection) is
 * WITHDRAWAL.INVALID_TRANSITION and changes nothing.
 * The withdrawal is read first so that the staff member and the payee come in one query (permission — so the API map
 * marks this action checkedByAction — then the payee's name for the answer and whether they take notices); the approval's compare-and-set proves it unchanged since, and a
 * withdrawal that moved meanwhile is decided again on a fresh read. The debt check's balance read serves the answer.
 */
export const approveWithdrawal = defineAction(financeApi.actions.approveWithdrawal, async (ctx, input): Promise<FinanceWithdrawalView> => {
  const seen = await ctx.store.get(COLLECTIONS.withdrawals, input.withdrawalId);
  const { users } = await requirePermissionWithUsers(ctx, 'finance', seen ? [seen.userId] : []);
  if (!seen) throw failWith(WITHDRAWAL_ERRORS.NOT_FOUND);
  const payee = users.get(seen.userId) ?? null;
  const nowIso = ctx.now.toISOString();
  let balance: BalanceDoc | null = null;
  const approved = await ctx.store.runTransaction(async (tx) => {
    for (let current = seen; ; current = await loadWithdrawal(tx, input.withdrawalId)) {
      if (current.status === 'REQUESTED') {
        await assertNotFrozen(tx, current.userId);
        balance = await assertPayeeNotInDebt(tx, current.userId);
      }
      const moved = await moveWithdrawal(tx, ctx, {
        current,
        to: 'APPROVED',
        patch: { reviewedBy: ctx.openid, reviewedAt: nowIso, attempts: current.attempts + 1 },
        actorId: ctx.openid,
        action: 'approveWithdrawal',
      });
      if (moved) return moved;
      if (current !== seen) throw failWith(WITHDRAWAL_ERRORS.BUSY);
    }
  });
  const paid = await payOut(ctx, approved, payee);
  return toFinanceWithdrawalView(ctx.store, paid, { payee, availableFen: availableAfterPayout(balance, approved, paid) });
});
