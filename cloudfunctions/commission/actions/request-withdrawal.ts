import type { WithdrawalView } from '../../../src/contracts/commission';
import { commissionInputs } from '../../../src/contracts/commission-inputs';
import { shanghaiDay } from '../../../src/domain/shared/shanghai-day';
import { defineAction } from '../../shared/handler/define-action';
import { applyBalanceChange } from '../../shared/ledger/apply-balance-change';
import { stableId } from '../../shared/scenes/scene-id';
import { COLLECTIONS } from '../../shared/store/collections';
import { applyWithdrawalDayChange } from '../../shared/withdrawals/withdrawal-day-total';
import type { WithdrawalDoc } from '../../shared/docs';
import { quoteFor } from '../quote-for';
import { toWithdrawalView } from '../to-withdrawal-view';

/**
 * Requests a withdrawal and debits the available balance in the same transaction, after checking it (and the daily
 * cap, limits and distributor status) on the documents that transaction reads — so concurrent requests can never
 * spend the same 分 twice: a second writer conflicts on the balance version and re-runs against the new balance.
 * The id is derived from (caller, requestId): a retried submit returns the first withdrawal and debits nothing more.
 */
export const requestWithdrawal = defineAction(commissionInputs.requestWithdrawal, async (ctx, input): Promise<WithdrawalView> => {
  const id = 'W' + stableId(['withdrawal', ctx.openid, input.requestId], 20);
  const already = await ctx.store.get<WithdrawalDoc>(COLLECTIONS.withdrawals, id);
  if (already) return toWithdrawalView(already);

  const nowIso = ctx.now.toISOString();
  const day = shanghaiDay(ctx.now);
  const saved = await ctx.store.runTransaction(async (tx) => {
    const existing = await tx.get<WithdrawalDoc>(COLLECTIONS.withdrawals, id);
    if (existing) return existing;
    const { quote } = await quoteFor(tx, ctx.openid, day, input);
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
    if (!(await tx.insert(COLLECTIONS.withdrawals, doc))) throw new Error(`withdrawal ${id} appeared during its own transaction`);
    await applyBalanceChange(tx, ctx.openid, { inWithdrawalFen: quote.amountFen }, nowIso);
    await applyWithdrawalDayChange(tx, ctx.openid, day, quote.amountFen);
    return doc;
  });
  return toWithdrawalView(saved);
});
