import { toFen } from '../src/domain/money/fen';
import { periodStart } from '../src/domain/report/summarize-sales';
import type { CommissionEntryDoc, OrderDoc } from '../cloudfunctions/shared/kernel/docs/docs';
import { COLLECTIONS } from '../cloudfunctions/shared/kernel/store/collections';
import type { Store } from '../cloudfunctions/shared/kernel/store/store';
import { invokeFunction } from '../server/local-runtime';
import { createTestRuntime } from '../tests/support/test-runtime';
import { row, type BenchRow } from './bench-row';
import { CountingStore, totalOps } from './counting-store';
import { DASHBOARD_DOCUMENT_BUDGET } from './operation-budgets';

const DAY_MS = 24 * 3600_000;

/**
 * A shop with `orderCount` paid orders over the last 60 days (one line, one level-1 commission each; older ones
 * settled), seeded as history from before the daily statistics: the jobs timer's migration counts it (runs, time,
 * the largest run), then the dashboard reads it — documents and time, whatever the size — and its month's paid
 * orders and gross are checked against a count and a sum of the orders themselves.
 */
export async function dashboardScale(orderCount: number): Promise<BenchRow[]> {
  let counter!: CountingStore;
  const rt = await createTestRuntime({ wrapStore: (s) => (counter = new CountingStore(s)) });
  try {
    const seeded = performance.now();
    await seedPaidHistory(rt.store, orderCount, rt.now().getTime());
    const seedSeconds = (performance.now() - seeded) / 1000;

    const jobs = () => invokeFunction(rt, 'jobs', {}, { openid: null, source: 'local_timer' }) as Promise<{ data: { statistics: { backfill: { done: boolean } } } }>;
    await jobs(); // the migration's first run: it starts after its grace period
    rt.advance(11 * 60_000);
    let runs = 0;
    let largestRun = 0;
    const counting = performance.now();
    for (let done = false; !done && runs < 200; runs++) {
      const started = performance.now();
      done = (await jobs()).data.statistics.backfill.done;
      largestRun = Math.max(largestRun, (performance.now() - started) / 1000);
    }
    const countingSeconds = (performance.now() - counting) / 1000;

    counter.reset();
    const read = performance.now();
    const view = await rt.ok('finance', 'getDashboard', {}, 'dev_staff');
    const readMs = performance.now() - read;
    const documents = counter.counts.documents;
    const operations = totalOps(counter.counts);
    const from30 = periodStart(rt.now(), 30).toISOString();
    const [paidOrders, grossFen] = await Promise.all([rt.store.count(COLLECTIONS.orders, { paidAt: { $gte: from30 } }), rt.store.sum(COLLECTIONS.orders, { paidAt: { $gte: from30 } }, 'totalFen')]);
    const equal = view.complete && view.periods.days30.paidOrders === paidOrders && view.periods.days30.grossFen === grossFen;
    const size = orderCount.toLocaleString('en');
    return [
      row('dashboard', `${size} orders of history seeded`, seedSeconds, 's'),
      row('dashboard', `${size} orders: migration to daily statistics (jobs timer)`, countingSeconds, 's'),
      row('dashboard', `${size} orders: migration runs (20 s of counting each)`, runs, 'runs'),
      row('dashboard', `${size} orders: largest jobs run`, largestRun, 's', { max: 60 }),
      row('dashboard', `${size} orders: dashboard documents read`, documents, 'docs', { max: DASHBOARD_DOCUMENT_BUDGET }),
      row('dashboard', `${size} orders: dashboard store operations`, operations, 'ops'),
      row('dashboard', `${size} orders: dashboard`, readMs, 'ms', { max: 1000 }),
      row('dashboard', `${size} orders: month's paid orders and gross equal a count of the orders (1 = yes)`, equal ? 1 : 0, '', { min: 1 }),
    ];
  } finally {
    await rt.close();
  }
}

/** Paid orders spread over the 60 days before `nowMs`, each with a level-1 commission (settled when older than 10 days). */
async function seedPaidHistory(store: Store, count: number, nowMs: number): Promise<void> {
  const beneficiaries = Array.from({ length: 200 }, (_, i) => `bench_d${i}`);
  const CHUNK = 20_000;
  for (let from = 0; from < count; from += CHUNK) {
    await store.runTransaction(async (tx) => {
      for (let i = from; i < Math.min(count, from + CHUNK); i++) {
        const paidMs = nowMs - Math.floor(((i + 0.5) / count) * 60 * DAY_MS);
        const paidAt = new Date(paidMs).toISOString();
        const settled = nowMs - paidMs > 10 * DAY_MS;
        const orderId = `OHIST${String(i).padStart(8, '0')}`;
        const lineId = `${orderId}-1`;
        const amountFen = toFen(1990 + (i % 7) * 1000);
        const order = {
          _id: orderId,
          buyerId: `bench_b${i % 5000}`,
          status: settled ? 'COMPLETED' : 'PAID',
          lines: [{ lineId, productId: `p${String((i % 12) + 1).padStart(2, '0')}`, skuId: 'p01-s1', title: '赣南脐橙', specs: '5斤装', imageUrl: '', unitPriceFen: amountFen, quantity: 1, amountFen }],
          goodsFen: amountFen,
          shippingFen: toFen(0),
          totalFen: amountFen,
          address: { name: 'a', phone: '13800000000', region: 'x', detail: 'y' },
          remark: '',
          createdAt: paidAt,
          payDeadline: paidAt,
          paidAt,
          cancelledAt: null,
          transactionId: `t${i}`,
          uplineSnapshot: [],
          policySnapshot: null,
        } as OrderDoc;
        await tx.insert(COLLECTIONS.orders, order);
        const entry: CommissionEntryDoc = {
          _id: `${lineId}:L1`,
          kind: 'COMMISSION',
          status: settled ? 'SETTLED' : 'PENDING',
          orderId,
          lineId,
          buyerId: order.buyerId,
          beneficiaryId: beneficiaries[i % beneficiaries.length] as string,
          level: 1,
          amountFen: toFen(Math.floor(amountFen / 10)),
          parentEntryId: null,
          basis: { kind: 'RATE', rateBps: 1000 as never },
          baseFen: amountFen,
          quantity: 1,
          productTitle: '赣南脐橙',
          createdAt: paidAt,
          settledAt: settled ? new Date(paidMs + 10 * DAY_MS).toISOString() : null,
        };
        await tx.insert(COLLECTIONS.commissionEntries, entry);
      }
    });
  }
}
