import type { SettlementRun } from '../../../../src/contracts/orders';
import { upgradeGradeIfDue } from '../distribution/upgrade-grade-if-due';
import type { FunctionContext } from '../../kernel/context';
import { isolate } from '../../kernel/jobs/isolate';
import { getDistributionPolicy } from '../merchant/get-distribution-policy';
import { getMerchantSettings } from '../merchant/get-merchant-settings';
import { COLLECTIONS } from '../../kernel/store/collections';
import { settleOrderCommission } from './settle-order-commission';

export const SETTLEMENT_BATCH = 50;

/**
 * The settlement job: due orders in bounded batches, oldest first, one transaction per order. Re-runnable and
 * resumable: a settled order leaves the query (COMPLETED), so a crash between batches loses and repeats nothing.
 * Orders with an open after-sale stay RECEIVED and are stepped over; they settle on a later run. An order whose
 * settlement throws is stepped over too and recorded for staff (isolate), so one poisoned order — always the
 * oldest — cannot stop every later one.
 */
export async function settleDueCommissions(
  ctx: Pick<FunctionContext, 'store' | 'now' | 'log'> & Partial<Pick<FunctionContext, 'requestId'>>,
  options: { batchSize?: number; maxBatches?: number; onSettled?: (orderId: string, beneficiaries: string[]) => Promise<unknown> } = {},
): Promise<SettlementRun> {
  const batchSize = options.batchSize ?? SETTLEMENT_BATCH;
  const run: SettlementRun = { settledOrders: 0, settledEntries: 0, skippedOpenAfterSale: 0, batches: 0 };
  const nowIso = ctx.now.toISOString();
  const upgraded = new Set<string>();
  const { afterSaleDays } = await getMerchantSettings(ctx.store);
  let stepOver = 0;
  while (run.batches < (options.maxBatches ?? 10_000)) {
    const due = await ctx.store.find(
      COLLECTIONS.orders,
      { status: 'RECEIVED', settleAfter: { $lte: nowIso } },
      { skip: stepOver, limit: batchSize, orderBy: [{ field: 'settleAfter', direction: 'asc' }] },
    );
    if (due.length === 0) break;
    run.batches += 1;
    for (const order of due) {
      const done = await isolate(ctx, 'settlement', order._id, async () => {
        const result = await settleOrderCommission(ctx, order._id, afterSaleDays);
        if (result.outcome === 'SETTLED') {
          run.settledOrders += 1;
          run.settledEntries += result.entries;
          [...result.beneficiaries, result.buyerId].forEach((u) => upgraded.add(u));
          if (options.onSettled) await options.onSettled(order._id, result.beneficiaries).catch((e: unknown) => ctx.log.error('settled notice failed', { orderId: order._id, error: String(e) }));
        } else {
          stepOver += 1;
          if (result.outcome === 'OPEN_AFTER_SALE') run.skippedOpenAfterSale += 1;
        }
      });
      if (!done) stepOver += 1;
    }
  }
  // Settled commission and completed orders are grade conditions.
  const policy = await getDistributionPolicy(ctx.store);
  for (const userId of upgraded) await isolate(ctx, 'settlement', `grade:${userId}`, () => upgradeGradeIfDue(ctx.store, userId, policy));
  ctx.log.info('settlement run', { ...run });
  return run;
}
