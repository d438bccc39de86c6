import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COLLECTIONS } from '../cloudfunctions/shared/kernel/store/collections';
import { startLocalServer } from '../server/start-local-server';
import { row, type BenchRow } from './bench-row';

const ADDRESS = { name: '压测', phone: '13800000000', region: '浙江省 杭州市', detail: '压测路 1 号' };

function percentile(sorted: number[], p: number): number {
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) : 0;
}

/**
 * Requests per second through the local gateway over loopback: N clients, each a shopper of its own, creating an
 * order and paying it (simulated notify through the real callback) in a loop for a bounded time.
 */
export async function gatewayThroughput(concurrency: readonly number[], seconds: number): Promise<BenchRow[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-bench-'));
  const server = await startLocalServer({ port: 0, dataDir, h5Dir: null, log: { info: () => undefined, error: () => undefined }, timerIntervalMs: 0 });
  // Enough stock that the run measures the gateway, not a sold-out SKU.
  await server.runtime.store.update(COLLECTIONS.skus, 'p09-s1', {}, { stock: 100_000_000 });
  const rows: BenchRow[] = [];
  let counter = 0;
  try {
    for (const clients of concurrency) {
      const latencies: number[] = [];
      const deadline = Date.now() + seconds * 1000;
      const worker = async () => {
        // Each client is its own shopper: a buyer may hold only 5 unpaid orders at once (the hold limits).
        const buyer = ((await (await fetch(`${server.url}/api/dev/new-user`, { method: 'POST' })).json()) as { openid: string }).openid;
        while (Date.now() < deadline) {
          const t0 = performance.now();
          const body = { action: 'createOrder', payload: { requestId: `bench-${process.pid}-${++counter}`, lines: [{ skuId: 'p09-s1', quantity: 1 }], address: ADDRESS } };
          const res = await fetch(`${server.url}/api/fn/orders`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-openid': buyer }, body: JSON.stringify(body) });
          const reply = (await res.json()) as { ok: boolean; data?: { id: string }; code?: string };
          if (!reply.ok || !reply.data) throw new Error(`createOrder failed: ${reply.code}`);
          const data = reply.data;
          await fetch(`${server.url}/api/dev/pay`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orderId: data.id }) });
          latencies.push(performance.now() - t0);
        }
      };
      const started = performance.now();
      await Promise.all(Array.from({ length: clients }, worker));
      const elapsed = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      rows.push(row('gateway', `create + pay, ${clients} client${clients > 1 ? 's' : ''}: orders/s`, latencies.length / elapsed, 'orders/s'));
      rows.push(row('gateway', `create + pay, ${clients} client${clients > 1 ? 's' : ''}: p99`, percentile(latencies, 99), 'ms'));
    }
  } finally {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}
