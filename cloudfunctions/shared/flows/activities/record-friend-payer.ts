import { ACTIVITY_ERRORS } from '../../../../src/contracts/activities';
import { failWith } from '../../../../src/domain/shared/domain-error';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';
import type { PayRequestDoc } from '../../kernel/docs/activity-docs';

/**
 * Notes who asked to pay and, for a friend, their own out_trade_no on the pay request before the prepay is made, so
 * a payment under it can always be found by the reconcile job. Compare-and-set on the number count: two friends
 * prepaying at once both get recorded. Asking again with a known number only updates the payer.
 * At most MAX_FRIEND_TRADE_NOS friends: each number is one more WeChat query for the reconcile job, so a shared link
 * cannot make that list grow without bound.
 */
export const MAX_FRIEND_TRADE_NOS = 5;

export async function recordFriendPayer(store: Store, request: PayRequestDoc, payerId: string, tradeNo: string | null): Promise<void> {
  let current: PayRequestDoc | null = request;
  for (let attempt = 0; current && attempt < 5; attempt++) {
    const known = current.tradeNos ?? [];
    if (tradeNo === null || known.includes(tradeNo)) {
      await store.update(COLLECTIONS.payRequests, current._id, {}, { payerId });
      return;
    }
    if (known.length >= MAX_FRIEND_TRADE_NOS) throw failWith(ACTIVITY_ERRORS.PAY_REQUEST_TOO_MANY_PAYERS);
    const next = [...known, tradeNo];
    if (await store.update(COLLECTIONS.payRequests, current._id, { tradeNoCount: current.tradeNoCount ?? null }, { payerId, tradeNos: next, tradeNoCount: next.length })) return;
    current = await store.get(COLLECTIONS.payRequests, current._id);
  }
  throw new Error(`recordFriendPayer: pay request ${request._id} kept changing`);
}
