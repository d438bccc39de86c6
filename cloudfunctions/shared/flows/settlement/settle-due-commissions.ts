import type { SettlementRun } from '../../../../src/contracts/orders';
import { isAfterSaleWindowOpen } from '../../../../src/domain/after-sale/after-sale-window';
import type { OrderDoc } from '../../kernel/docs/docs';
import { SETTLEMENT_STATE_ID, type SettlementBatchDoc, type SettlementStateDoc } from '../../kernel/docs/settlement-docs';
import type { Store } from '../../kernel/store/store';
import { COLLECTIONS } from '../../kernel/store/collections';
import { upgradeGradesOf } from '../distribution/upgrade-grades-of';
import { getDistributionPolicy } from '../merchant/get-distribution-policy';
import { getMerchantSettings } from '../merchant/get-merchant-settings';
import { advanceBatch, openBatch, readSettlementState, type SettledBatch, type SettlementJobContext } from './settle-batch';

/** Orders per batch: the claim's `_id $in` list and one page of the claimed orders read back. */
export const SETTLEMENT_BATCH = 1000;
/** Within the settlement function's 60 s timeout, with room for the step under way when it runs out. */
export const SETTLEMENT_BUDGET_MS = 40_000;

export interface SettlementOptions {
  batchSize?: number;
  maxBatches?: number;
  /** Time for this call; an open batch and the scan's place stay in the state document for the next call. */
  budgetMs?: number;
  applyChunk?: number;
  onSettled?: (batch: SettledBatch) => Promise<unknown>;
  /** The clock the budget is measured on (tests make it run out). */
  elapsedMs?: () => number;
}

const hasOpenAfterSale = (order: OrderDoc) => Object.values(order.afterSale ?? {}).some((a) => a.open !== null);

/** Where the scan of due orders stands, by compare-and-set on the state (a concurrent run's move wins). */
async function saveScanSkip(store: Store, seen: SettlementStateDoc, scanSkip: number): Promise<void> {
  await store.runTransaction(async (tx) => {
    const current = await tx.get(COLLECTIONS.settlementBatches, SETTLEMENT_STATE_ID);
    if (!current) await tx.insert(COLLECTIONS.settlementBatches, { ...seen, scanSkip, version: 1 });
    else if (current.version === seen.version) await tx.update(COLLECTIONS.settlementBatches, SETTLEMENT_STATE_ID, { version: seen.version }, { scanSkip, version: seen.version + 1 });
  });
}

/**
 * The settlement job: due orders in batches, oldest first (settle-batch.ts). Each batch claims its orders and their
 * pending entries with conditional multi-document updates, applies the balance and counter increments aggregated per
 * user (a chunk of users per transaction, counted in the batch), then moves entries to SETTLED and orders to COMPLETED
 * — every step safe to repeat, so a crash anywhere is resumed by the next call, which first finishes the open batch.
 * Orders that cannot settle yet (an open after-sale, a window still open) stay RECEIVED and are stepped over (the
 * state keeps how many, so the next call's scan starts after them; a scan that reaches the end starts over).
 * Stops opening batches when the time budget is spent: `more` says the next call has work.
 */
export async function settleDueCommissions(ctx: SettlementJobContext, options: SettlementOptions = {}): Promise<SettlementRun> {
  const batchSize = options.batchSize ?? SETTLEMENT_BATCH;
  const started = Date.now();
  const elapsed = options.elapsedMs ?? (() => Date.now() - started);
  const budgetMs = options.budgetMs ?? SETTLEMENT_BUDGET_MS;
  const outOfTime = () => elapsed() >= budgetMs;
  const run: SettlementRun = { settledOrders: 0, settledEntries: 0, skippedOpenAfterSale: 0, batches: 0, more: false };
  const nowIso = ctx.now.toISOString();
  const { afterSaleDays } = await getMerchantSettings(ctx.store);
  const policy = await getDistributionPolicy(ctx.store);
  const hooks = { afterSaleDays, applyChunk: options.applyChunk, onSettled: options.onSettled, upgrade: (ids: string[]) => upgradeGradesOf(ctx.store, ids, policy) };
  const count = (planned: SettlementBatchDoc['planned']) => {
    if (!planned) return;
    run.settledOrders += planned.orders;
    run.settledEntries += planned.entries;
    run.skippedOpenAfterSale += planned.heldOpenAfterSale;
  };

  let wrapped = false;
  const heldOpen = new Set<string>();
  const tried = new Set<string>();
  for (;;) {
    const state = await readSettlementState(ctx.store);
    if (state.open !== null) {
      const batch = await advanceBatch(ctx, state.open, hooks, outOfTime);
      if (batch?.step !== 'DONE') {
        run.more = true;
        break;
      }
      count(batch.planned);
      continue;
    }
    if (outOfTime() || run.batches >= (options.maxBatches ?? 10_000)) {
      run.more = true;
      break;
    }
    const page = await ctx.store.find(
      COLLECTIONS.orders,
      { status: 'RECEIVED', settleAfter: { $lte: nowIso } },
      { skip: state.scanSkip, limit: batchSize, orderBy: [{ field: 'settleAfter', direction: 'asc' }] },
    );
    if (page.length === 0) {
      // The scan reached the end: once per call it starts again from the oldest (a held order may be free by now).
      if (state.scanSkip === 0 || wrapped) break;
      wrapped = true;
      await saveScanSkip(ctx.store, state, 0);
      continue;
    }
    // Orders received before the window was fixed at receipt may carry an earlier settleAfter: the window still holds them.
    // An order this call already put in a batch and that is still here was let go by it (see claim): step over it.
    const settleable = page.filter((o) => !tried.has(o._id) && !isAfterSaleWindowOpen(o, nowIso, afterSaleDays) && !hasOpenAfterSale(o));
    for (const o of settleable) tried.add(o._id);
    for (const o of page) if (hasOpenAfterSale(o)) heldOpen.add(o._id);
    const scanSkip = state.scanSkip + page.length - settleable.length;
    if (settleable.length === 0) {
      await saveScanSkip(ctx.store, state, scanSkip);
      continue;
    }
    // Another run may open a batch first: then the loop comes back to work that one (every step is safe to share).
    if (await openBatch(ctx.store, state, settleable.map((o) => o._id), nowIso, scanSkip)) run.batches += 1;
  }
  run.skippedOpenAfterSale += heldOpen.size;
  ctx.log.info('settlement run', { ...run });
  return run;
}
