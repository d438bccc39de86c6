import { failWith } from '../../../src/domain/shared/domain-error';
import { financeApi } from '../../../src/contracts/api/finance';
import type { FinanceWithdrawalView } from '../../../src/contracts/finance';
import { WITHDRAWAL_ERRORS } from '../../../src/contracts/commission';
import { transitionDebitsBalance } from '../../../src/domain/withdrawal/withdrawal-lifecycle';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { applyWithdrawalMove } from '../../shared/flows/withdrawals/apply-withdrawal-move';
import { assertMayDebitAgain } from '../../shared/flows/withdrawals/assert-may-debit-again';
import { assertNotFrozen } from '../../shared/flows/withdrawals/assert-not-frozen';
import { assertPayeeNotInDebt } from '../../shared/flows/withdrawals/assert-payee-not-in-debt';
import { loadWithdrawal } from '../../shared/flows/withdrawals/load-withdrawal';
import { withDayTotals } from '../../shared/flows/withdrawals/withdrawal-day-total';
import { payOut } from '../../shared/flows/withdrawals/pay-out';
import { toFinanceWithdrawalView } from '../to-finance-withdrawal-views';

/**
 * FAILED → APPROVED as a new attempt (new transfer id), re-debiting the balance only if it still covers the amount,
 * then the payout again. On an APPROVED withdrawal — a payout whose outcome was never recorded (the call died after
 * approval) — it re-sends the SAME transfer id, which the channel answers with the first outcome: it resumes,
 * never pays twice.
 */
export const retryWithdrawal = defineAction(financeApi.actions.retryWithdrawal, async (ctx, input): Promise<FinanceWithdrawalView> => {
  const nowIso = ctx.now.toISOString();
  const approved = await withDayTotals(ctx.store, (summed) => ctx.store.runTransaction(async (tx) => {
    const current = await loadWithdrawal(tx, input.withdrawalId);
    // Resuming an unrecorded payout may send money for the first time, so it waits for the debt to be covered too.
    if (current.status === 'APPROVED' || current.status === 'FAILED') await assertPayeeNotInDebt(tx, current.userId);
    if (current.status === 'APPROVED') return current;
    if (current.status !== 'FAILED') throw failWith(WITHDRAWAL_ERRORS.INVALID_TRANSITION);
    await assertNotFrozen(tx, current.userId);
    // Failing gave the amount back, so going back to APPROVED takes it again: the balance must still cover it.
    if (transitionDebitsBalance(current.status, 'APPROVED')) await assertMayDebitAgain(tx, current, summed);
    return applyWithdrawalMove(tx, ctx, {
      current,
      to: 'APPROVED',
      patch: { reviewedBy: ctx.openid, reviewedAt: nowIso, attempts: current.attempts + 1, failureReason: null },
      actorId: ctx.openid,
      action: 'retryWithdrawal',
    });
  }));
  return toFinanceWithdrawalView(ctx.store, await payOut(ctx, approved));
});
