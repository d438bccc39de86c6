import type { FinanceWithdrawalView } from '../../src/contracts/finance';
import type { UserDoc, WithdrawalDoc } from '../shared/docs';
import { COLLECTIONS } from '../shared/store/collections';
import type { Store } from '../shared/store/store';

/** Staff views with the payee's nickname, read in one query for the whole page. */
export async function toFinanceWithdrawalViews(store: Store, docs: readonly WithdrawalDoc[]): Promise<FinanceWithdrawalView[]> {
  const ids = [...new Set(docs.map((w) => w.userId))];
  const users = ids.length ? await store.find<UserDoc>(COLLECTIONS.users, { _id: { $in: ids } }, { limit: ids.length }) : [];
  const names = new Map(users.map((u) => [u._id, u.nickname]));
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
  }));
}

export async function toFinanceWithdrawalView(store: Store, doc: WithdrawalDoc): Promise<FinanceWithdrawalView> {
  const [view] = await toFinanceWithdrawalViews(store, [doc]);
  if (!view) throw new Error('toFinanceWithdrawalViews lost a document');
  return view;
}
