import type { FinanceWithdrawalView } from '../../src/contracts/finance';
import { toFen } from '../../src/domain/money/fen';
import type { BalanceDoc, UserDoc, WithdrawalDoc } from '../shared/docs';
import { COLLECTIONS } from '../shared/store/collections';
import type { Store } from '../shared/store/store';

/** Staff views with the payee's nickname and balance, each read in one query for the whole page. */
export async function toFinanceWithdrawalViews(store: Store, docs: readonly WithdrawalDoc[]): Promise<FinanceWithdrawalView[]> {
  const ids = [...new Set(docs.map((w) => w.userId))];
  const [users, balances] = ids.length
    ? await Promise.all([
        store.find<UserDoc>(COLLECTIONS.users, { _id: { $in: ids } }, { limit: ids.length }),
        store.find<BalanceDoc>(COLLECTIONS.balances, { _id: { $in: ids } }, { limit: ids.length }),
      ])
    : [[], []];
  const names = new Map(users.map((u) => [u._id, u.nickname]));
  const available = new Map(balances.map((b) => [b._id, b.availableFen]));
  return docs.map((w) => ({
    id: w._id,
    userId: w.userId,
    nickname: names.get(w.userId) ?? '',
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
    payeeAvailableFen: toFen(available.get(w.userId) ?? 0),
    payeeDebtFen: toFen(Math.max(0, -(available.get(w.userId) ?? 0))),
  }));
}

export async function toFinanceWithdrawalView(store: Store, doc: WithdrawalDoc): Promise<FinanceWithdrawalView> {
  const [view] = await toFinanceWithdrawalViews(store, [doc]);
  if (!view) throw new Error('toFinanceWithdrawalViews lost a document');
  return view;
}
