import type { CommissionEntryStatus } from './commission-entry-lifecycle';

/**
 * When a distributor may expect an entry's money, as the earnings page says it:
 * - ON: the order was received; it settles at `settleAfter` (receipt + the longer of the freeze days and the
 *   after-sale window) unless an after-sale is open;
 * - AFTER_RECEIPT: not received yet; it settles `days` days after receipt;
 * - DONE: settled (or withdrawn) already; VOID: reversed by a refund, nothing to expect.
 */
export type ExpectedSettle =
  | { kind: 'ON'; at: string }
  | { kind: 'AFTER_RECEIPT'; days: number }
  | { kind: 'DONE' }
  | { kind: 'VOID' };

export function expectedSettle(
  status: CommissionEntryStatus,
  order: { settleAfter?: string | null; daysAfterReceipt: number },
): ExpectedSettle {
  if (status === 'SETTLED' || status === 'WITHDRAWN') return { kind: 'DONE' };
  if (status === 'REVERSED') return { kind: 'VOID' };
  return order.settleAfter ? { kind: 'ON', at: order.settleAfter } : { kind: 'AFTER_RECEIPT', days: order.daysAfterReceipt };
}
