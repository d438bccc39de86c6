import { toFen, type Fen } from '../money/fen';
import type { CommissionEntryStatus } from '../commission/commission-entry-lifecycle';
import type { WithdrawalStatus } from '../withdrawal/withdrawal-lifecycle';

/**
 * Where money sits in a distributor's balance, the one statement of it (deriveBalance sums by it; the cached balance
 * moves by it): an entry is pending while PENDING and settled once SETTLED or WITHDRAWN (a marker only; the money
 * leaves through withdrawals); a REVERSED entry counts nowhere. A withdrawal's amount is in withdrawal while
 * REQUESTED or APPROVED and withdrawn once PAID; REJECTED and FAILED give it back.
 */
export type EntryBucket = 'pendingFen' | 'settledFen';
export type WithdrawalBucket = 'inWithdrawalFen' | 'withdrawnFen';

export function entryBucket(status: CommissionEntryStatus): EntryBucket | null {
  if (status === 'PENDING') return 'pendingFen';
  if (status === 'SETTLED' || status === 'WITHDRAWN') return 'settledFen';
  return null;
}

export function withdrawalBucket(status: WithdrawalStatus): WithdrawalBucket | null {
  if (status === 'REQUESTED' || status === 'APPROVED') return 'inWithdrawalFen';
  if (status === 'PAID') return 'withdrawnFen';
  return null;
}

/**
 * available = settled − in withdrawal − withdrawn. Linear, so it holds for a change of the buckets as for their
 * totals (a change leaving a bucket out leaves it unchanged).
 */
export function availableFenOf(b: { settledFen?: number; inWithdrawalFen?: number; withdrawnFen?: number }): Fen {
  return toFen((b.settledFen ?? 0) - (b.inWithdrawalFen ?? 0) - (b.withdrawnFen ?? 0));
}
