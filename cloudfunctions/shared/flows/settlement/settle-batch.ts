import { isAfterSaleWindowOpen } from '../../../../src/domain/after-sale/after-sale-window';
import { keepsAnything, keptSpendFen } from '../../../../src/domain/order/kept-spend';
import { assertOrderTransition } from '../../../../src/domain/order/order-lifecycle';
import { shanghaiDay } from '../../../../src/domain/shared/shanghai-day';
import type { FunctionContext } from '../../kernel/context';
import type { OrderDoc } from '../../kernel/docs/docs';
import { SETTLEMENT_STATE_ID, type PlannedUser, type SettlementBatchDoc, type SettlementPlan, type SettlementPlanDoc, type SettlementStateDoc } from '../../kernel/docs/settlement-docs';
import { isolate, recordJobFailure } from '../../kernel/jobs/isolate';
import { COLLECTIONS } from '../../kernel/store/collections';
import { MAX_PAGE_SIZE, type CollectionDocs, type CollectionName, type DocOps, type Filter, type Store } from '../../kernel/store/store';
import { incrementBalance } from '../ledger/apply-balance-change';
import { incrementStats } from '../ledger/apply-stats-change';
import { recordStats } from '../stats/record-stats';

export type SettlementJobContext = Pick<FunctionContext, 'store' | 'now' | 'log'> & Partial<Pick<FunctionContext, 'requestId'>>;

/** Users whose increments share one transaction (two writes each at most, plus the batch's compare-and-set). */
export const APPLY_CHUNK = 50;

/** What a finished batch settled for each beneficiary: one notice each. */
export interface SettledBatch {
  batchId: string;
  at: string;
  beneficiaries: ReadonlyArray<Pick<PlannedUser, 'userId' | 'settledFen' | 'orders' | 'firstOrderId'>>;
}

export interface BatchHooks {
  applyChunk?: number;
  /** After the entries and orders have moved, before the batch is DONE: a crash re-runs it, so it must be idempotent. */
  onSettled?: (batch: SettledBatch) => Promise<unknown>;
  /** Grade upgrades for the batch's users, after the moves (idempotent too). */
  upgrade?: (userIds: string[]) => Promise<unknown>;
  afterSaleDays: number;
}

const BATCHES = COLLECTIONS.settlementBatches;
/** A batch by its id (`B…`): the collection also holds the state and the plans, under ids of their own. */
const readBatch = async (store: Store, batchId: string) => (await store.get(BATCHES, batchId)) as SettlementBatchDoc | null;
const hasOpenAfterSale = (order: OrderDoc) => Object.values(order.afterSale ?? {}).some((a) => a.open !== null);

export const readSettlementState = async (store: Store): Promise<SettlementStateDoc> =>
  (await store.get(BATCHES, SETTLEMENT_STATE_ID)) ?? { _id: SETTLEMENT_STATE_ID, seq: 0, open: null, scanSkip: 0, version: 0 };

/** Writes the state by compare-and-set on its version (creating it the first time); false when another run moved it. */
async function writeState(tx: DocOps, seen: SettlementStateDoc, next: Partial<SettlementStateDoc>): Promise<boolean> {
  const current = await tx.get(BATCHES, SETTLEMENT_STATE_ID);
  if ((current?.version ?? 0) !== seen.version) return false;
  const doc = { ...seen, ...next, version: seen.version + 1 };
  if (!current) return tx.insert(BATCHES, doc);
  const { _id: _unchanged, ...patch } = doc;
  return tx.update(BATCHES, SETTLEMENT_STATE_ID, { version: seen.version }, patch);
}

/**
 * Opens a batch for these candidate orders, unless a batch is open or the state moved since `seen`: the batch document
 * and the state naming it as open commit together, so a crash leaves either nothing or a batch the next run resumes.
 */
export async function openBatch(store: Store, seen: SettlementStateDoc, orderIds: string[], at: string, scanSkip: number): Promise<string | null> {
  return store.runTransaction(async (tx) => {
    if (seen.open !== null) return null;
    const seq = seen.seq + 1;
    const batchId = `B${String(seq).padStart(10, '0')}`;
    if (!(await writeState(tx, seen, { seq, open: batchId, scanSkip }))) return null;
    const batch: SettlementBatchDoc = { _id: batchId, step: 'CLAIM', orderIds, at, planned: null, applied: 0, version: 0, doneAt: null };
    // The batch number was claimed by the compare-and-set on the state just above: nothing else holds this id.
    await tx.create(BATCHES, batch);
    return batchId;
  });
}

async function readAll<C extends CollectionName>(store: Store, collection: C, filter: Filter): Promise<Array<CollectionDocs[C]>> {
  const all: Array<CollectionDocs[C]> = [];
  for (let skip = 0; ; skip += MAX_PAGE_SIZE) {
    const page = await store.find(collection, filter, { skip, limit: MAX_PAGE_SIZE, orderBy: [{ field: '_id', direction: 'asc' }] });
    all.push(...page);
    if (page.length < MAX_PAGE_SIZE) return all;
  }
}

/**
 * Moves the batch document on by compare-and-set on its version, with `also`'s writes in the same transaction; the
 * batch as moved, or null when another run got there first.
 */
async function moveBatch(store: Store, from: SettlementBatchDoc, patch: Partial<SettlementBatchDoc>, also?: (tx: DocOps) => Promise<void>): Promise<SettlementBatchDoc | null> {
  return store.runTransaction(async (tx) => {
    const current = (await tx.get(BATCHES, from._id)) as SettlementBatchDoc | null;
    if (!current || current.version !== from.version) return null;
    const next = { ...current, ...patch, version: from.version + 1 };
    if (also) await also(tx);
    const { _id: _unchanged, orderIds: _same, at: _fixed, ...changed } = next;
    if (!(await tx.update(BATCHES, from._id, { version: from.version }, changed))) throw new Error(`settlement batch ${from._id} changed inside its transaction`);
    return next;
  });
}

/**
 * CLAIM: marks the candidates that are still RECEIVED with the batch id (one conditional update; refunds wait for a
 * claimed order from then on), reads them back and lets go of any that cannot settle after all (an after-sale request
 * opened, or a window still open), marks their PENDING entries (commissions and the reversals that travel with them),
 * and stores the plan: per user the net settled commission and the completed-order counters, and the statistics'
 * share. Everything here is recomputed on a re-run, so a crash anywhere before the plan commits costs nothing.
 */
async function claim(ctx: SettlementJobContext, batch: SettlementBatchDoc, afterSaleDays: number): Promise<{ batch: SettlementBatchDoc | null; plan: SettlementPlan }> {
  const { store } = ctx;
  const batchId = batch._id;
  if (batch.orderIds.length) {
    try {
      await store.updateWhere(COLLECTIONS.orders, { _id: { $in: batch.orderIds }, status: 'RECEIVED' }, { settleBatch: batchId });
    } catch {
      // One order that cannot be written must not hold up the rest: claim them one by one, recording each that fails.
      for (const id of batch.orderIds) await isolate(ctx, 'settlement', id, () => store.update(COLLECTIONS.orders, id, { status: 'RECEIVED' }, { settleBatch: batchId }));
    }
  }
  const claimed = await readAll(store, COLLECTIONS.orders, { settleBatch: batchId, status: 'RECEIVED' });
  const held: string[] = [];
  let heldOpenAfterSale = 0;
  const good: Array<OrderDoc & { completed: { count: number; spendFen: number } }> = [];
  for (const order of claimed) {
    if (!order.settleAfter || order.settleAfter > batch.at || isAfterSaleWindowOpen(order, batch.at, afterSaleDays)) held.push(order._id);
    else if (hasOpenAfterSale(order)) {
      held.push(order._id);
      heldOpenAfterSale += 1;
    } else {
      try {
        const keeps = keepsAnything(order.lines, order.afterSale);
        good.push({ ...order, completed: { count: keeps ? 1 : 0, spendFen: keeps ? keptSpendFen(order, order.afterSale) : 0 } });
      } catch (error) {
        // One order the rules cannot read is let go and recorded for staff: it must not hold up the rest of the batch.
        held.push(order._id);
        await recordJobFailure(ctx, 'settlement', order._id, error);
      }
    }
  }
  if (held.length) await store.updateWhere(COLLECTIONS.orders, { _id: { $in: held }, settleBatch: batchId, status: 'RECEIVED' }, { settleBatch: null });
  const goodIds = good.map((o) => o._id);
  if (goodIds.length) await store.updateWhere(COLLECTIONS.commissionEntries, { orderId: { $in: goodIds }, status: 'PENDING' }, { settleBatch: batchId });
  const goodSet = new Set(goodIds);
  const entries = (await readAll(store, COLLECTIONS.commissionEntries, { settleBatch: batchId, status: 'PENDING' })).filter((e) => goodSet.has(e.orderId));

  const users = new Map<string, PlannedUser>();
  const userOf = (userId: string, orderId: string) => {
    let u = users.get(userId);
    if (!u) users.set(userId, (u = { userId, settledFen: 0, orders: 0, firstOrderId: orderId, completedOrderCount: 0, completedSpendFen: 0 }));
    return u;
  };
  const inStats = new Set(good.filter((o) => o.inStats).map((o) => o._id));
  let statsSettledFen = 0;
  const earnedOn = new Set<string>();
  for (const entry of entries) {
    const u = userOf(entry.beneficiaryId, entry.orderId);
    u.settledFen += entry.amountFen;
    const key = `${entry.beneficiaryId}\u0000${entry.orderId}`;
    if (!earnedOn.has(key)) {
      earnedOn.add(key);
      u.orders += 1;
    }
    if (inStats.has(entry.orderId)) statsSettledFen += entry.amountFen;
  }
  for (const order of good) {
    if (!order.completed.count) continue;
    const u = userOf(order.buyerId, order._id);
    u.completedOrderCount += order.completed.count;
    u.completedSpendFen += order.completed.spendFen;
  }
  const plan: SettlementPlan = {
    orderIds: goodIds,
    entries: entries.length,
    users: [...users.values()].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0)),
    statsSettledFen,
    heldOpenAfterSale,
  };
  const planned = { orders: goodIds.length, entries: entries.length, users: plan.users.length, heldOpenAfterSale };
  const moved = await moveBatch(store, batch, { step: plan.users.length ? 'APPLY' : 'FINISH', planned, applied: 0 }, async (tx) => {
    // The plan's id is the batch's, and only the transaction that wins the batch's compare-and-set writes it.
    await tx.create(BATCHES, { _id: planId(batchId), ...plan });
  });
  return { batch: moved, plan };
}

const planId = (batchId: string) => `${batchId}-plan`;

/**
 * APPLY: a chunk of users per transaction, each user's balance and counters by increment (no read), and the batch's
 * `applied` moved by compare-and-set in the same transaction, so every increment lands exactly once whatever crashes
 * or runs twice. The last chunk also carries the day's statistics (pending → settled).
 */
async function apply(ctx: SettlementJobContext, batch: SettlementBatchDoc, plan: SettlementPlan, chunkSize: number): Promise<SettlementBatchDoc | null> {
  const from = batch.applied;
  const chunk = plan.users.slice(from, from + chunkSize);
  const next = from + chunk.length;
  return moveBatch(ctx.store, batch, { applied: next, step: next >= plan.users.length ? 'FINISH' : 'APPLY' }, async (tx) => {
    for (const u of chunk) {
      if (u.settledFen) await incrementBalance(tx, u.userId, { settledFen: u.settledFen }, batch.at);
      const stats = { settledCommissionFen: u.settledFen, completedOrderCount: u.completedOrderCount, completedSpendFen: u.completedSpendFen };
      if (Object.values(stats).some((v) => v !== 0)) await incrementStats(tx, u.userId, stats);
    }
    // With the last chunk: the statistics then run ahead of the entries only while FINISH moves them.
    if (next >= plan.users.length && plan.statsSettledFen) {
      await recordStats(tx, new Map([[shanghaiDay(new Date(batch.at)), { pendingDeltaFen: -plan.statsSettledFen, settledDeltaFen: plan.statsSettledFen }]]));
    }
  });
}

/**
 * FINISH: the claimed entries move to SETTLED and the claimed orders to COMPLETED, each by one conditional update
 * whose filter names the state they leave (a re-run moves only what a crash left behind); then the notices and grade
 * upgrades (both idempotent), and the batch is DONE and the state free for the next one.
 */
async function finish(ctx: SettlementJobContext, batch: SettlementBatchDoc, plan: SettlementPlan | null, hooks: BatchHooks): Promise<SettlementBatchDoc | null> {
  const { store } = ctx;
  // A batch that found nothing to settle moved straight on and wrote no plan.
  plan ??= { orderIds: [], entries: 0, users: [], statsSettledFen: 0, heldOpenAfterSale: 0 };
  if (plan.orderIds.length) {
    await store.updateWhere(COLLECTIONS.commissionEntries, { orderId: { $in: plan.orderIds }, settleBatch: batch._id, status: 'PENDING' }, { status: 'SETTLED', settledAt: batch.at });
    assertOrderTransition('RECEIVED', 'COMPLETED');
    await store.updateWhere(COLLECTIONS.orders, { _id: { $in: plan.orderIds }, settleBatch: batch._id, status: 'RECEIVED' }, { status: 'COMPLETED', commissionSettledAt: batch.at });
  }
  const beneficiaries = plan.users.filter((u) => u.settledFen > 0).map(({ userId, settledFen, orders, firstOrderId }) => ({ userId, settledFen, orders, firstOrderId }));
  if (hooks.onSettled && beneficiaries.length) {
    await hooks.onSettled({ batchId: batch._id, at: batch.at, beneficiaries }).catch((e: unknown) => ctx.log.error('settled notices failed', { batchId: batch._id, error: String(e) }));
  }
  if (hooks.upgrade && plan.users.length) {
    await hooks.upgrade(plan.users.map((u) => u.userId)).catch((e: unknown) => recordJobFailure(ctx, 'settlement', `grades:${batch._id}`, e));
  }
  return moveBatch(store, batch, { step: 'DONE', doneAt: ctx.now.toISOString() }, async (tx) => {
    const state = await tx.get(BATCHES, SETTLEMENT_STATE_ID);
    if (state?.open === batch._id) await tx.update(BATCHES, SETTLEMENT_STATE_ID, { version: state.version }, { open: null, version: state.version + 1 });
  });
}

/**
 * Works an open batch to DONE from whatever step it is at (a crashed run's batch included), stopping early only when
 * `stop()` says the time is up between steps. Returns the batch as it ended.
 */
export async function advanceBatch(ctx: SettlementJobContext, batchId: string, hooks: BatchHooks, stop: () => boolean = () => false): Promise<SettlementBatchDoc | null> {
  let batch = await readBatch(ctx.store, batchId);
  let plan: SettlementPlan | null = null;
  for (;;) {
    if (!batch || batch.step === 'DONE' || stop()) return batch;
    if (batch.step !== 'CLAIM' && batch.planned && !plan) plan = (await ctx.store.get(BATCHES, planId(batchId))) as SettlementPlanDoc | null;
    let moved: SettlementBatchDoc | null;
    if (batch.step === 'CLAIM') ({ batch: moved, plan } = await claim(ctx, batch, hooks.afterSaleDays));
    else if (batch.step === 'APPLY') moved = await apply(ctx, batch, plan as SettlementPlan, hooks.applyChunk ?? APPLY_CHUNK);
    else moved = await finish(ctx, batch, plan, hooks);
    // Another run moved the batch first: carry on from where it is now.
    if (!moved) plan = null;
    batch = moved ?? (await readBatch(ctx.store, batchId));
  }
}
