import { addDaysMs, toEpochMs, type Instant } from '../shared/to-epoch-ms';
import type { CommissionEntry } from './commission-entry-lifecycle';

/**
 * When an order's commission may settle: after the shopper received the goods (not after payment, as yudao does: a
 * long delivery would eat the after-sale window), once both the freeze period of the order's policy snapshot and the
 * shop's after-sale window have passed — whatever the freeze days, settling inside the window would close the
 * shopper's window early or turn their refund into a clawback.
 */
export function settleAfterMs(receivedAt: Instant, days: { freezeDays: number; afterSaleDays: number }): number {
  return addDaysMs(receivedAt, Math.max(days.freezeDays, days.afterSaleDays));
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
