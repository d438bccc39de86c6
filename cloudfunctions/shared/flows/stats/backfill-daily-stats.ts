import { addToDay, distributorContribution, orderContribution, type StatsDelta } from '../../../../src/domain/report/daily-stats';
import { reportDays } from '../../../../src/domain/report/dashboard-from-days';
import { shanghaiDay } from '../../../../src/domain/shared/shanghai-day';
import type { FunctionContext } from '../../kernel/context';
import type { CommissionEntryDoc } from '../../kernel/docs/docs';
import { BACKFILL_PHASES as PHASES, STATS_BACKFILL_ID, type BackfillPhase as Phase, type StatsBackfillDoc } from '../../kernel/docs/daily-stats-docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { CollectionName, Doc, Filter, Store } from '../../kernel/store/store';
import { recordStats } from './record-stats';

export { STATS_BACKFILL_ID, type StatsBackfillDoc } from '../../kernel/docs/daily-stats-docs';

/**
 * The migration begins this long after its first run: every function of a deploy serves the new code by then, so no
 * instance of the old code (which counts nothing) can still pay an order the walk has passed.
 */
export const BACKFILL_GRACE_MS = 10 * 60_000;

/** Records read per page; a page's orders are counted in one transaction (two single-document operations each). */
const PAGE = { orders: 100, withdrawals: 200, users: 200, distributors: 200 } as const;

/**
 * The daily statistics for a shop that has history from before them — the jobs timer's migration, resumable: it walks
 * the paid orders, paid-out withdrawals, and the users and distributors of the dashboard's month by id from a saved
 * cursor, within a time budget per run, and counts every record the statistics do not count yet (`inStats` absent),
 * marking it counted in the same transaction that adds it — so events meanwhile (which count only marked records)
 * and a repeat (which skips marked ones) never count anything twice. An order is counted as it stands, with its
 * commission entries read before the transaction; if its status or refunds changed since, the page is read again.
 * It starts BACKFILL_GRACE_MS after its first run. One read once done.
 */
export async function backfillDailyStats(ctx: Pick<FunctionContext, 'store' | 'now'>, options: { budgetMs: number }): Promise<{ done: boolean; counted: number }> {
  const deadline = performance.now() + options.budgetMs;
  let state = await readState(ctx);
  let counted = 0;
  const begun = ctx.now.getTime() >= Date.parse(state.startedAt) + BACKFILL_GRACE_MS;
  while (begun && state.phase !== 'done' && performance.now() < deadline) {
    const step = await countPage(ctx.store, state, ctx.now);
    counted += step.counted;
    const next: StatsBackfillDoc = step.lastId === null
      ? { ...state, phase: PHASES[PHASES.indexOf(state.phase) + 1] as Phase, afterId: '', finishedAt: state.phase === 'distributors' ? ctx.now.toISOString() : null }
      : { ...state, afterId: step.complete ? step.lastId : state.afterId };
    const { _id, ...fields } = { ...next, counted: state.counted + step.counted, version: state.version + 1 };
    // Another run moved the cursor meanwhile: start again from where it stands (counting is idempotent).
    state = (await ctx.store.update(COLLECTIONS.dailyStats, _id, { version: state.version }, fields)) ? { ...next, _id, counted: fields.counted, version: fields.version } : await readState(ctx);
  }
  return { done: state.phase === 'done', counted };
}

async function readState(ctx: Pick<FunctionContext, 'store' | 'now'>): Promise<StatsBackfillDoc> {
  const current = await ctx.store.get(COLLECTIONS.dailyStats, STATS_BACKFILL_ID);
  if (current) return current;
  const fresh: StatsBackfillDoc = { _id: STATS_BACKFILL_ID, phase: 'orders', afterId: '', windowStart: reportDays(ctx.now)[0] as string, counted: 0, version: 1, startedAt: ctx.now.toISOString(), finishedAt: null };
  return (await ctx.store.insert(COLLECTIONS.dailyStats, fresh)) ? fresh : ((await ctx.store.get(COLLECTIONS.dailyStats, STATS_BACKFILL_ID)) ?? fresh);
}

/** One page of the current phase: how many records it counted, the last id read (null: the phase is over), and whether every one of them is done. */
async function countPage(store: Store, state: StatsBackfillDoc, now: Date): Promise<{ counted: number; lastId: string | null; complete: boolean }> {
  const today = shanghaiDay(now);
  const byId = [{ field: '_id', direction: 'asc' as const }];
  if (state.phase === 'orders') {
    const page = await store.find(COLLECTIONS.orders, { _id: { $gt: state.afterId }, inStats: null }, { limit: PAGE.orders, orderBy: byId });
    if (page.length === 0) return { counted: 0, lastId: null, complete: true };
    const paid = page.filter((o) => o.paidAt);
    const entries = await entriesOf(store, paid.map((o) => o._id));
    const result = await store.runTransaction(async (tx) => {
      const delta: StatsDelta = new Map();
      let counted = 0;
      let complete = true;
      for (const seen of paid) {
        const fresh = await tx.get(COLLECTIONS.orders, seen._id);
        if (!fresh || fresh.inStats) continue;
        // Refunded or settled since its entries were read: read the page again.
        if (fresh.status !== seen.status || JSON.stringify(fresh.afterSale ?? {}) !== JSON.stringify(seen.afterSale ?? {})) {
          complete = false;
          continue;
        }
        if (!(await tx.update(COLLECTIONS.orders, seen._id, { inStats: null, status: seen.status }, { inStats: true }))) continue;
        for (const [day, part] of orderContribution(seen, entries.get(seen._id) ?? [], today)) addToDay(delta, day, part);
        counted += 1;
      }
      await recordStats(tx, delta);
      return { counted, complete };
    });
    return { ...result, lastId: page.at(-1)!._id };
  }
  if (state.phase === 'withdrawals') {
    const page = await store.find(COLLECTIONS.withdrawals, { _id: { $gt: state.afterId }, inStats: null }, { limit: PAGE.withdrawals, orderBy: byId });
    if (page.length === 0) return { counted: 0, lastId: null, complete: true };
    const paidOut = page.filter((w) => w.status === 'PAID');
    const counted = await markCounted(store, COLLECTIONS.withdrawals, paidOut, () => ({ status: 'PAID' }), (w) => new Map([[today, { withdrawnDeltaFen: w.amountFen }]]));
    return { counted, lastId: page.at(-1)!._id, complete: true };
  }
  if (state.phase === 'users') {
    const page = await store.find(COLLECTIONS.users, { _id: { $gt: state.afterId }, createdAt: { $gte: state.windowStart }, inStats: null }, { limit: PAGE.users, orderBy: byId });
    if (page.length === 0) return { counted: 0, lastId: null, complete: true };
    const counted = await markCounted(store, COLLECTIONS.users, page, () => ({}), (u) => new Map([[shanghaiDay(u.createdAt), { newShoppers: 1 }]]));
    return { counted, lastId: page.at(-1)!._id, complete: true };
  }
  if (state.phase === 'distributors') {
    const page = await store.find(COLLECTIONS.distributors, { _id: { $gt: state.afterId }, since: { $gte: state.windowStart }, inStats: null }, { limit: PAGE.distributors, orderBy: byId });
    if (page.length === 0) return { counted: 0, lastId: null, complete: true };
    const counted = await markCounted(store, COLLECTIONS.distributors, page, (d) => ({ status: d.status, since: d.since }), distributorContribution);
    return { counted, lastId: page.at(-1)!._id, complete: true };
  }
  return { counted: 0, lastId: null, complete: true };
}

/**
 * Marks each record counted — by compare-and-set on the mark's absence and on what its contribution was computed
 * from — and adds the contributions of those it marked, in one transaction. Returns how many it marked.
 */
async function markCounted<D extends Doc>(store: Store, collection: CollectionName, docs: readonly D[], unchanged: (doc: D) => Filter, contribution: (doc: D) => StatsDelta): Promise<number> {
  if (docs.length === 0) return 0;
  return store.runTransaction(async (tx) => {
    const delta: StatsDelta = new Map();
    let marked = 0;
    for (const doc of docs) {
      if (!(await tx.update(collection, doc._id, { inStats: null, ...unchanged(doc) }, { inStats: true }))) continue;
      for (const [day, part] of contribution(doc)) addToDay(delta, day, part);
      marked += 1;
    }
    await recordStats(tx, delta);
    return marked;
  });
}

/** The commission entries of these orders, by order (pages of the query until all are read). */
async function entriesOf(store: Store, orderIds: readonly string[]): Promise<Map<string, CommissionEntryDoc[]>> {
  const out = new Map<string, CommissionEntryDoc[]>();
  if (orderIds.length === 0) return out;
  for (let skip = 0; ; skip += 1000) {
    const page = await store.find(COLLECTIONS.commissionEntries, { orderId: { $in: [...orderIds] } }, { limit: 1000, skip, orderBy: [{ field: '_id', direction: 'asc' }] });
    for (const e of page) out.set(e.orderId, [...(out.get(e.orderId) ?? []), e]);
    if (page.length < 1000) return out;
  }
}
