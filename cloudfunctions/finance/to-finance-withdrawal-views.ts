import type { FinanceWithdrawalView } from '../../src/contracts/finance';
import { toFen } from '../../src/domain/money/fen';
import type { BalanceDoc, UserDoc, WithdrawalDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { Store } from '../shared/kernel/store/store';

/** Staff views with the payee's nickname and balance, each read in one query for the whole page. */
export async function toFinanceWithdrawalViews(store: Store, docs: readonly WithdrawalDoc[]): Promise<FinanceWithdrawalView[]> {
  const ids = [...new Set(docs.map((w) => w.userId))];
  const [users, balances] = ids.length
    ? await Promise.all([
        store.find(COLLECTIONS.users, { _id: { $in: ids } }, { limit: ids.length }),
        store.find(COLLECTIONS.balances, { _id: { $in: ids } }, { limit: ids.length }),
      ])
    : [[], []];
  const names = new Map(users.map((u) => [u._id, u.nickname]));
  const available = new Map(balances.map((b) => [b._id, b.availableFen]));
  return docs.map((w) => toView(w, names.get(w.userId) ?? '', available.get(w.userId) ?? 0));
}

function toView(w: WithdrawalDoc, nickname: string, availableFen: number): FinanceWithdrawalView {
  return {
    id: w._id,
    userId: w.userId,
    nickname,
    status: w.status,
    method: w.method,
    amountFen: w.amountFen,
    feeFen: w.feeFen,
    netFen: w.netFen,
    account: w.account,
    requestedAt: w.requestedAt,
    reviewedBy: w.reviewedBy,
    reviewedAt: w.reviewedAt,
    rejectReason: w.rejectReason,
    failureReason: w.failureReason,
    paidAt: w.paidAt,
    attempts: w.attempts,
    channelRef: w.channelRef,
    payeeAvailableFen: toFen(availableFen),
    payeeDebtFen: toFen(Math.max(0, -availableFen)),
  };
}

/**
 * The payee's available balance after an approval's payout, from the balance the approval read: a payout leaves it
 * as it was (in withdrawal → withdrawn), a failed one gives the amount back. Null when nothing was read.
 */
export function availableAfterPayout(before: Pick<BalanceDoc, 'availableFen'> | null, approved: WithdrawalDoc, outcome: WithdrawalDoc): number | null {
  if (!before) return null;
  return before.availableFen + (outcome.status === 'FAILED' && outcome.attempts === approved.attempts ? approved.amountFen : 0);
}

/**
 * One staff view; `known` (the payee and their available balance as the action already has them) spares the reads.
 */
export async function toFinanceWithdrawalView(store: Store, doc: WithdrawalDoc, known?: { payee: UserDoc | null; availableFen: number | null }): Promise<FinanceWithdrawalView> {
  if (known?.payee && known.availableFen !== null) return toView(doc, known.payee.nickname, known.availableFen);
  const [view] = await toFinanceWithdrawalViews(store, [doc]);
  if (!view) throw new Error('toFinanceWithdrawalViews lost a document');
  return view;
}
