import { addDaysMs, toEpochMs, type Instant } from '../shared/to-epoch-ms';
import type { CommissionEntry } from './commission-entry-lifecycle';

/**
 * When an order's commission may settle: N freeze days after the shopper received the goods (not after payment, as
 * yudao does: a long delivery would eat the after-sale window). Freeze days come from the order's policy snapshot.
 */
export function settleAfterMs(receivedAt: Instant, freezeDays: number): number {
  return addDaysMs(receivedAt, freezeDays);
}

/**
 * Whether the settlement job should move this entry to SETTLED now. Only a PENDING COMMISSION is picked; its
 * REVERSAL entries move with it. `settleAt` is null until the order is received. An open after-sale on the line holds
 * it (likeshop's isSettle), however old: settling then would turn the refund into a clawback.
 */
export function isDue(
  entry: Pick<CommissionEntry, 'kind' | 'status'> & { settleAt: Instant | null },
  now: Instant,
  openAfterSale: boolean,
): boolean {
  if (entry.kind !== 'COMMISSION' || entry.status !== 'PENDING') return false;
  if (entry.settleAt === null || openAfterSale) return false;
  return toEpochMs(now) >= toEpochMs(entry.settleAt);
}
