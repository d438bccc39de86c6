import { sumFen, toFen, type Fen } from '../money/fen';
import type { CommissionEntry } from '../commission/commission-entry-lifecycle';
import { withdrawalDebitsBalance, type WithdrawalStatus } from '../withdrawal/withdrawal-lifecycle';
import { availableFenOf, entryBucket, withdrawalBucket } from './balance-buckets';

export interface WithdrawalRecord {
  id: string;
  /** Gross amount debited; the fee inside it is the merchant's, the rest is paid out. */
  amountFen: Fen;
  status: WithdrawalStatus;
}

/**
 * Every figure a distributor sees, derived from their entries and withdrawals alone (never a stored counter, which
 * the ledger check compares against this):
 * - pendingFen: PENDING commissions net of their reversals — expected, not yet settled.
 * - settledFen: SETTLED and WITHDRAWN commissions (net of the reversals settled with them) plus CLAWBACK entries —
 *   everything earned for good. WITHDRAWN is a marker only; the money leaves through withdrawal records.
 * - inWithdrawalFen: REQUESTED and APPROVED withdrawals — debited, not yet paid out.
 * - withdrawnFen: PAID withdrawals (gross).
 * - clawedBackFen: what refunds took back after settlement (the CLAWBACK entries, as a positive figure). Already
 *   inside settledFen; shown on its own so a distributor sees why settled commission went down.
 * - availableFen = settledFen − inWithdrawalFen − withdrawnFen (availableFenOf; the buckets: balance-buckets.ts). A withdrawal never takes it below zero (quoteWithdrawal
 *   checks it in the debiting transaction); a clawback can, and later commission must cover it first.
 * REVERSED entries count nowhere: a reversed commission and its reversals net to zero.
 * So pending + available + inWithdrawal + withdrawn = the sum of all the user's entries: no step creates or loses money.
 */
export interface DerivedBalance {
  pendingFen: Fen;
  settledFen: Fen;
  inWithdrawalFen: Fen;
  withdrawnFen: Fen;
  availableFen: Fen;
  clawedBackFen: Fen;
}

export function deriveBalance(
  entries: ReadonlyArray<Pick<CommissionEntry, 'status' | 'amountFen'> & { kind?: CommissionEntry['kind'] }>,
  withdrawals: ReadonlyArray<Pick<WithdrawalRecord, 'status' | 'amountFen'>>,
): DerivedBalance {
  const pendingFen = sumFen(entries.filter((e) => entryBucket(e.status) === 'pendingFen').map((e) => e.amountFen));
  const settledFen = sumFen(entries.filter((e) => entryBucket(e.status) === 'settledFen').map((e) => e.amountFen));
  const debiting = withdrawals.filter((w) => withdrawalDebitsBalance(w.status));
  for (const w of debiting) {
    if (toFen(w.amountFen) <= 0) throw new Error('deriveBalance: a withdrawal must be a positive amount');
  }
  const withdrawnFen = sumFen(debiting.filter((w) => withdrawalBucket(w.status) === 'withdrawnFen').map((w) => w.amountFen));
  const inWithdrawalFen = sumFen(debiting.filter((w) => withdrawalBucket(w.status) === 'inWithdrawalFen').map((w) => w.amountFen));
  const availableFen = availableFenOf({ settledFen, inWithdrawalFen, withdrawnFen });
  const clawedBackFen = sumFen(entries.filter((e) => e.kind === 'CLAWBACK').map((e) => toFen(-e.amountFen)));
  return { pendingFen, settledFen, inWithdrawalFen, withdrawnFen, availableFen, clawedBackFen };
}
