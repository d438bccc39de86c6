import { commissionApi } from '../../../src/contracts/api/commission';
import type { EarningsChart } from '../../../src/contracts/commission';
import { chartStart, earningsByDay } from '../../../src/domain/ledger/earnings-by-day';
import { sumFen } from '../../../src/domain/money/fen';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { MAX_PAGE_SIZE } from '../../shared/kernel/store/store';
import type { CommissionEntryDoc } from '../../shared/kernel/docs/docs';

/** A month of a very busy distributor is a few thousand entries; past this the oldest days may be short (logged). */
const MAX_READS = 20;

/**
 * Net earnings per Beijing day for the last 7 or 30 days: entries created that day (commission in, reversals and
 * clawbacks out), read through the (beneficiaryId, createdAt) index from the chart's first midnight.
 */
export const getMyEarningsChart = defineAction(commissionApi.actions.getMyEarningsChart, async (ctx, input): Promise<EarningsChart> => {
  const since = chartStart(ctx.now, input.days).toISOString();
  const entries: Array<Pick<CommissionEntryDoc, 'createdAt' | 'amountFen'>> = [];
  for (let read = 0; read < MAX_READS; read += 1) {
    const batch = await ctx.store.find(
      COLLECTIONS.commissionEntries,
      { beneficiaryId: ctx.openid, createdAt: { $gte: since } },
      { skip: read * MAX_PAGE_SIZE, limit: MAX_PAGE_SIZE, orderBy: [{ field: 'createdAt', direction: 'desc' }] },
    );
    entries.push(...batch.map((e) => ({ createdAt: e.createdAt, amountFen: e.amountFen })));
    if (batch.length < MAX_PAGE_SIZE) break;
    if (read === MAX_READS - 1) ctx.log.info('earnings chart truncated', { openid: ctx.openid, entries: entries.length });
  }
  const days = earningsByDay(entries, ctx.now, input.days);
  return { days, totalFen: sumFen(days.map((d) => d.fen)) };
});
