import { RECONCILE_MAX_PER_RUN } from '../cloudfunctions/shared/flows/payments/reconcile-unpaid-orders';
import { COLLECTIONS } from '../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../server/local-runtime';
import { createTestRuntime } from '../tests/support/test-runtime';
import { row, type BenchRow } from './bench-row';
import { CountingStore, totalOps } from './counting-store';
import { seedStaleOrders } from './seed-stale-orders';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `count` unpaid orders whose notify never came, past their deadline (seeded), and the reconcile timer every 5
 * minutes — WeChat Pay answering each query and close after `latencyMs` — until none is left: the runs it took next
 * to the runs the backlog needs (⌈count / a run's cap⌉), the largest run, and store operations per order.
 */
export async function reconcileDrain(count: number, latencyMs: number): Promise<BenchRow[]> {
  let counter!: CountingStore;
  const rt = await createTestRuntime({ wrapStore: (s) => (counter = new CountingStore(s)) });
  try {
    const { queryOrder, closeOrder } = rt.platform;
    rt.platform.queryOrder = async (input) => (await sleep(latencyMs), queryOrder(input));
    rt.platform.closeOrder = async (input) => (await sleep(latencyMs), closeOrder(input));
    await seedStaleOrders(rt.store, count, rt.now().getTime());
    const unpaid = () => rt.store.count(COLLECTIONS.orders, { status: 'PENDING_PAY' });
    counter.reset();
    let runs = 0;
    let largestRun = 0;
    let ops = 0;
    while (runs < 50 && (await unpaid()) > 0) {
      counter.reset();
      const started = performance.now();
      await invokeFunction(rt, 'reconcile', {}, { openid: null, source: 'wx_trigger' });
      largestRun = Math.max(largestRun, (performance.now() - started) / 1000);
      ops += totalOps(counter.counts);
      runs += 1;
      rt.advance(5 * 60_000);
    }
    const left = await unpaid();
    const size = count.toLocaleString('en');
    return [
      row('reconcile', `${size} stale unpaid orders: runs to resolve all (WeChat Pay ${latencyMs} ms a call)`, runs, 'runs', { max: Math.ceil(count / RECONCILE_MAX_PER_RUN) }),
      row('reconcile', `${size} stale unpaid orders: left unresolved`, left, 'orders', { max: 0 }),
      row('reconcile', `${size} stale unpaid orders: largest run`, largestRun, 's', { max: 60 }),
      row('reconcile', `${size} stale unpaid orders: store operations per order`, ops / count, 'ops'),
    ];
  } finally {
    await rt.close();
  }
}
