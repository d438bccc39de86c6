import { diffStats, orderContribution } from '../../../../src/domain/report/daily-stats';
import { shanghaiDay } from '../../../../src/domain/shared/shanghai-day';
import type { CommissionEntryDoc, OrderDoc } from '../../kernel/docs/docs';
import type { DocOps } from '../../kernel/store/store';
import { recordStats } from './record-stats';

/**
 * A refund's change to the daily statistics, in its transaction: the order's contribution after it minus before
 * (orderContribution) — the refund on the order's paid day, the corrections it created on today's, the reversed
 * commission off the days it was earned, pending and settled money moved today. An order the statistics have not
 * counted yet (from before them) changes nothing here: their migration counts it as it then stands.
 */
export async function recordRefundStats(
  tx: DocOps,
  refund: {
    order: OrderDoc;
    afterSale: NonNullable<OrderDoc['afterSale']>;
    /** The refunded line's entries before the refund, and the ones it created. */
    entriesBefore: readonly CommissionEntryDoc[];
    created: readonly CommissionEntryDoc[];
    /** Entries the refund moved to REVERSED. */
    reversedIds: ReadonlySet<string>;
    now: Date;
  },
): Promise<void> {
  if (!refund.order.inStats) return;
  const today = shanghaiDay(refund.now);
  const after = [...refund.entriesBefore, ...refund.created].map((e) => (refund.reversedIds.has(e._id) ? { ...e, status: 'REVERSED' as const } : e));
  const before = orderContribution(refund.order, refund.entriesBefore, today);
  await recordStats(tx, diffStats(orderContribution({ ...refund.order, afterSale: refund.afterSale }, after, today), before));
}
