import { toFen, type Fen } from '../../../src/domain/money/fen';
import { bumpCounters } from '../ledger/bump-counters';
import { COLLECTIONS } from '../store/collections';
import type { DocOps } from '../store/store';

/**
 * The daily cap counts a user's REQUESTED, APPROVED and PAID withdrawals of one Beijing calendar day. Transactions
 * cannot query, so that sum is kept here, per (user, day), and moved in the same transaction as every withdrawal
 * status change that starts or stops debiting (request, reject, payout failure, retry). Keyed by the day the
 * withdrawal was requested, so a later rejection gives back that day's allowance, not today's.
 */
export interface WithdrawalDayDoc {
  _id: string; // `${userId}:${day}`
  userId: string;
  day: string;
  debitingFen: Fen;
  version: number;
}

const idOf = (userId: string, day: string) => `${userId}:${day}`;

export async function readWithdrawalDayTotal(ops: DocOps, userId: string, day: string): Promise<Fen> {
  const doc = await ops.get<WithdrawalDayDoc>(COLLECTIONS.withdrawalDays, idOf(userId, day));
  return doc?.debitingFen ?? toFen(0);
}

/** Inside the transaction that changes the withdrawal; compare-and-set on `version` like the balance. */
export function applyWithdrawalDayChange(tx: DocOps, userId: string, day: string, deltaFen: number): Promise<WithdrawalDayDoc> {
  const zero: WithdrawalDayDoc = { _id: idOf(userId, day), userId, day, debitingFen: toFen(0), version: 0 };
  return bumpCounters(tx, COLLECTIONS.withdrawalDays, zero, { debitingFen: deltaFen });
}
