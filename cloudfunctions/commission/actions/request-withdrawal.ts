import { commissionApi } from '../../../src/contracts/api/commission';
import type { WithdrawalView } from '../../../src/contracts/commission';
import { shanghaiDay } from '../../../src/domain/shared/shanghai-day';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { applyBalanceChange } from '../../shared/flows/ledger/apply-balance-change';
import { stableId } from '../../shared/flows/scenes/scene-id';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { withDayTotals } from '../../shared/flows/withdrawals/withdrawal-day-total';
import { isDomainError } from '../../../src/domain/shared/domain-error';
import type { WithdrawalDoc } from '../../shared/kernel/docs/docs';
import { quoteFor } from '../../shared/flows/withdrawals/quote-for';
import { toWithdrawalView } from '../../shared/flows/withdrawals/to-withdrawal-view';

/**
 * Requests a withdrawal and debits the available balance in the same transaction, after checking it (and the daily
 * cap, limits and distributor status) on the documents that transaction reads — so concurrent requests can never
 * spend the same 分 twice: a second writer conflicts on the balance version and re-runs against the new balance.
 * The id is derived from (caller, requestId): a retried submit finds its withdrawal through the create-if-absent
 * (answered with it, nothing more debited), also when checking it again now refuses (the first one spent the balance).
 * The daily cap's total rides on the balance document: policy, status and balance reads, the create and the balance
 * write are the whole cost.
 */
export const requestWithdrawal = defineAction(commissionApi.actions.requestWithdrawal, async (ctx, input): Promise<WithdrawalView> => {
  const id = 'W' + stableId(['withdrawal', ctx.openid, input.requestId], 20);
  const nowIso = ctx.now.toISOString();
  const day = shanghaiDay(ctx.now);
  const existing = async () => {
    const already = await ctx.store.get(COLLECTIONS.withdrawals, id);
    return already ? toWithdrawalView(already) : null;
  };
  let saved: WithdrawalDoc | null;
  try {
    saved = await withDayTotals(ctx.store, (summed) =>
      ctx.store.runTransaction(async (tx) => {
        const { quote, balance, withdrawnTodayFen } = await quoteFor(tx, ctx.openid, day, input, summed);
        const doc: WithdrawalDoc = {
          _id: id,
          userId: ctx.openid,
          requestId: input.requestId,
          amountFen: quote.amountFen,
          feeFen: quote.feeFen,
          netFen: quote.netFen,
          method: quote.method,
          account: input.account,
          status: 'REQUESTED',
          day,
          requestedAt: nowIso,
          reviewedBy: null,
          reviewedAt: null,
          rejectReason: null,
          failureReason: null,
          paidAt: null,
          attempts: 0,
          channelRef: null,
        };
        if (!(await tx.insert(COLLECTIONS.withdrawals, doc))) return null;
        await applyBalanceChange(tx, ctx.openid, { inWithdrawalFen: quote.amountFen }, nowIso, {
          day: { day, deltaFen: quote.amountFen, totalBeforeFen: withdrawnTodayFen },
          read: { current: balance },
        });
        return doc;
      }),
    );
  } catch (error) {
    const retried = isDomainError(error) ? await existing() : null;
    if (retried) return retried;
    throw error;
  }
  if (saved) return toWithdrawalView(saved);
  const retried = await existing();
  if (!retried) throw new Error(`withdrawal ${id} vanished after its create was refused`);
  return retried;
});
