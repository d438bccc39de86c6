import type { CommissionEntryDoc, OrderDoc, UserStatsDoc } from '../cloudfunctions/shared/kernel/docs/docs';
import { checkLedger } from '../cloudfunctions/shared/flows/ledger/check-ledger';
import { settleDueCommissions } from '../cloudfunctions/shared/flows/settlement/settle-due-commissions';
import { CloudbaseStore } from '../cloudfunctions/shared/kernel/store/cloudbase-store';
import { COLLECTIONS } from '../cloudfunctions/shared/kernel/store/collections';
import { EmbeddedStore } from '../cloudfunctions/shared/kernel/store/embedded-store';
import type { CollectionDocs, CollectionName, Store } from '../cloudfunctions/shared/kernel/store/store';
import { toFen } from '../src/domain/money/fen';
import { createFakeCloudbaseDb } from '../tests/support/fake-cloudbase-db';
import { row, type BenchRow } from './bench-row';
import { CountingStore, totalOps } from './counting-store';
import { SETTLEMENT_PER_ENTRY_BUDGET } from './operation-budgets';

/** The bulk settlement's targets: 100,000 entries within this time on the embedded store, and the per-entry budget. */
export const SETTLEMENT_TARGETS = { seconds: 20, opsPerEntry: SETTLEMENT_PER_ENTRY_BUDGET.ops, requestsPerEntry: SETTLEMENT_PER_ENTRY_BUDGET.requests } as const;
/** The CloudBase fake scans every document per query, so its run is a tenth of the size; its figure is per entry. */
const CLOUDBASE_SAMPLE = 10_000;

const RECEIVED = '2026-11-01T00:00:00.000Z';
const NOW = '2026-11-20T00:00:00.000Z';
const silent = { info: () => undefined, error: () => undefined };

/**
 * `entryCount` due entries (two levels per order, 200 distributors), seeded straight into the store as payment leaves
 * them: the orders counted in the daily statistics, each buyer's counters present. Entries go in by the thousand.
 */
export async function seed(store: Store, entryCount: number): Promise<void> {
  const beneficiaries = Array.from({ length: 200 }, (_, i) => `bench_d${i}`);
  const orders = Math.ceil(entryCount / 2);
  const inTransaction = store instanceof EmbeddedStore;
  type Insert = <C extends CollectionName>(c: C, doc: CollectionDocs[C]) => Promise<unknown>;
  const put = async (work: (insert: Insert) => Promise<void>) =>
    inTransaction ? store.runTransaction((tx) => work((c, doc) => tx.insert(c, doc))) : work((c, doc) => store.insert(c, doc));
  await put(async (insert) => {
    for (let i = 0; i < orders; i++) {
      const orderId = `OBENCH${String(i).padStart(8, '0')}`;
      const lineId = `${orderId}-1`;
      const buyerId = `bench_b${i}`;
      const order = { _id: orderId, buyerId, status: 'RECEIVED', lines: [{ lineId, productId: 'p01', skuId: 'p01-s1', title: '赣南脐橙', specs: '5斤装', imageUrl: '', unitPriceFen: toFen(3990), quantity: 1, amountFen: toFen(3990) }], goodsFen: toFen(3990), shippingFen: toFen(0), totalFen: toFen(3990), address: { name: 'a', phone: '13800000000', region: 'x', detail: 'y' }, remark: '', createdAt: RECEIVED, payDeadline: RECEIVED, paidAt: RECEIVED, cancelledAt: null, transactionId: `t${i}`, uplineSnapshot: [], policySnapshot: null, receivedAt: RECEIVED, afterSaleEndsAt: '2026-11-08T00:00:00.000Z', settleAfter: '2026-11-08T00:00:00.000Z', inStats: true } as OrderDoc;
      await insert(COLLECTIONS.orders, order);
      const stats: UserStatsDoc = { _id: buyerId, paidOrderCount: 1, spendFen: toFen(3990), settledCommissionFen: toFen(0), completedOrderCount: 0, completedSpendFen: toFen(0), version: 1 };
      await insert(COLLECTIONS.userStats, stats);
      for (const level of [1, 2]) {
        const beneficiaryId = beneficiaries[(i * 2 + level) % beneficiaries.length] as string;
        const amountFen = toFen(level === 1 ? 399 : 199);
        const entry: CommissionEntryDoc = { _id: `${lineId}:L${level}`, kind: 'COMMISSION', status: 'PENDING', orderId, lineId, buyerId, beneficiaryId, level, amountFen, parentEntryId: null, basis: { kind: 'RATE', rateBps: (level === 1 ? 1000 : 500) as never }, baseFen: toFen(3990), quantity: 1, productTitle: '赣南脐橙', createdAt: RECEIVED, settledAt: null };
        await insert(COLLECTIONS.commissionEntries, entry);
      }
    }
  });
}

/** Runs the job as its timer would, call after call (each within its time budget) until nothing is left. */
async function settleAll(store: Store): Promise<{ entries: number; calls: number; batches: number }> {
  let entries = 0;
  let calls = 0;
  let batches = 0;
  for (;;) {
    calls += 1;
    const run = await settleDueCommissions({ store, now: new Date(NOW), log: silent });
    entries += run.settledEntries;
    batches += run.batches;
    if (!run.more) return { entries, calls, batches };
  }
}

/**
 * The bulk settlement over `entryCount` due entries on the embedded store (time, and store operations per entry
 * counted as CloudBase bills them), then a tenth of it on the CloudBase adapter over its fake (the requests it sends,
 * per entry). The ledger check must pass after both.
 */
export async function settlementScale(entryCount: number): Promise<BenchRow[]> {
  const embedded = new EmbeddedStore(':memory:');
  await seed(embedded, entryCount);
  const counted = new CountingStore(embedded);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const run = await settleAll(counted);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const ops = totalOps(counted.counts);
  const report = await checkLedger(embedded);
  await embedded.close();
  if (report.problems.length) throw new Error(`ledger problems after settlement: ${report.problems.length}`);

  const sample = Math.min(CLOUDBASE_SAMPLE, entryCount);
  const db = createFakeCloudbaseDb();
  const cloudbase = new CloudbaseStore(db);
  await seed(cloudbase, sample);
  const before = db.calls.requests;
  const sampled = await settleAll(cloudbase);
  const requests = db.calls.requests - before;
  const sampleReport = await checkLedger(cloudbase);
  if (sampleReport.problems.length) throw new Error(`ledger problems after settlement on the CloudBase adapter: ${sampleReport.problems.length}`);

  const n = entryCount.toLocaleString('en');
  return [
    row('settlement', `settle ${n} due entries (embedded store)`, seconds, 's', { max: SETTLEMENT_TARGETS.seconds }),
    // The machine is shared: the CPU time is the same work without the wait for a core.
    row('settlement', '  of which CPU time (this process)', (cpu.user + cpu.system) / 1e6, 's'),
    row('settlement', 'entries settled', run.entries, 'entries', { min: entryCount }),
    row('settlement', 'store operations per settled entry (amortised)', ops / Math.max(1, run.entries), 'ops', { max: SETTLEMENT_TARGETS.opsPerEntry }),
    row('settlement', `store operations for ${n} entries`, ops, 'ops'),
    row('settlement', `CloudBase requests per settled entry (${sample.toLocaleString('en')} entries on the CloudBase adapter)`, requests / Math.max(1, sampled.entries), 'requests', { max: SETTLEMENT_TARGETS.requestsPerEntry }),
    row('settlement', `CloudBase requests for ${sample.toLocaleString('en')} entries`, requests, 'requests'),
    row('settlement', 'batches / calls', run.batches, `batches in ${run.calls} call${run.calls > 1 ? 's' : ''}`),
  ];
}
