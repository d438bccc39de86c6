import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FlashSaleView } from '../src/contracts/activities';
import { COLLECTIONS } from '../cloudfunctions/shared/kernel/store/collections';
import { startLocalServer } from '../server/start-local-server';
import type { BenchRow } from './bench-row';

const ADDRESS = { name: '秒杀', phone: '13800000000', region: '浙江省 杭州市', detail: '秒杀路 1 号' };
const SKU = 'p01-s1';

export interface FlashSaleRush {
  buyers: number;
  stock: number;
  /** Orders created (each took a unit) and orders paid. */
  created: number;
  paid: number;
  soldOut: number;
  otherRefusals: Record<string, number>;
  internalErrors: number;
  stockLeft: number;
  /** Units the sale's stock says it sold (stockTotal − stockLeft): must equal the paid orders. */
  soldByCounter: number;
  skuStockDrop: number;
  seconds: number;
}

/**
 * `buyers` new users rush one 秒杀 of `stock` units (limit 1 each) at the same moment, through the local gateway
 * over loopback: each one buys, and pays at once if it got an order. Afterwards the store is read directly: exactly
 * `stock` paid orders, the sale's counter at zero (never below), and the SKU's stock down by exactly what was sold.
 * `parallel` caps the requests in flight (a phone crowd, not a socket flood).
 */
export async function rushFlashSale(buyers: number, stock: number, parallel = 200): Promise<FlashSaleRush> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-flash-'));
  const server = await startLocalServer({ port: 0, dataDir, databaseFile: ':memory:', h5Dir: null, log: { info: () => undefined, error: () => undefined }, timerIntervalMs: 0 });
  const post = async <T>(route: string, body: unknown, openid?: string): Promise<T> => {
    const res = await fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(openid ? { 'x-dev-openid': openid } : {}) }, body: JSON.stringify(body) });
    return (await res.json()) as T;
  };
  type Reply<T> = { ok: true; data: T } | { ok: false; code: string };
  try {
    await server.runtime.store.update(COLLECTIONS.skus, SKU, {}, { stock: 1_000_000 });
    const now = Date.now();
    const created = await post<Reply<FlashSaleView>>(
      '/api/fn/activity-admin',
      { action: 'saveFlashSale', payload: { requestId: `bench-flash-${now}`, skuId: SKU, startAt: new Date(now - 60_000).toISOString(), endAt: new Date(now + 3_600_000).toISOString(), priceFen: 990, stockTotal: stock, perUserLimit: 1 } },
      'dev_staff',
    );
    if (!created.ok) throw new Error(`saveFlashSale refused: ${created.code}`);
    const saleId = created.data.id;

    const users: string[] = [];
    const queue = Array.from({ length: buyers }, (_, i) => i);
    const pool = async <T>(items: T[], work: (item: T) => Promise<void>) => {
      const next = [...items];
      await Promise.all(Array.from({ length: Math.min(parallel, next.length) }, async () => {
        for (let item = next.shift(); item !== undefined; item = next.shift()) await work(item);
      }));
    };
    await pool(queue, async () => void users.push((await post<{ openid: string }>('/api/dev/new-user', {})).openid));

    const result: FlashSaleRush = { buyers, stock, created: 0, paid: 0, soldOut: 0, otherRefusals: {}, internalErrors: 0, stockLeft: 0, soldByCounter: 0, skuStockDrop: 0, seconds: 0 };
    const started = Date.now();
    await pool(users, async (openid) => {
      const reply = await post<Reply<{ id: string }>>('/api/fn/activities', { action: 'buyFlashSale', payload: { requestId: `rush-${openid}`, saleId, quantity: 1, address: ADDRESS } }, openid);
      if (reply.ok) {
        result.created += 1;
        await post('/api/dev/pay', { orderId: reply.data.id });
      } else if (reply.code === 'ACTIVITY.SOLD_OUT' || reply.code === 'ACTIVITY.NOT_ENOUGH_STOCK') result.soldOut += 1;
      else if (reply.code === 'COMMON.INTERNAL') result.internalErrors += 1;
      else result.otherRefusals[reply.code] = (result.otherRefusals[reply.code] ?? 0) + 1;
    });
    result.seconds = (Date.now() - started) / 1000;

    const store = server.runtime.store;
    result.paid = await store.count(COLLECTIONS.orders, { 'activity.id': saleId, status: 'PAID' });
    const sale = await store.get(COLLECTIONS.flashSales, saleId);
    result.stockLeft = sale?.stockLeft ?? Number.NaN;
    result.soldByCounter = (sale?.stockTotal ?? 0) - result.stockLeft;
    result.skuStockDrop = 1_000_000 - ((await store.get(COLLECTIONS.skus, SKU))?.stock ?? 0);
    // Every order of the sale, whatever its state, is one of the `created`.
    const orders = await store.find(COLLECTIONS.orders, { 'activity.id': saleId }, { limit: 1000 });
    if (orders.length !== result.created) result.internalErrors += Math.abs(orders.length - result.created);
    return result;
  } finally {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** bench/run.ts: 2,000 buyers against 100 units. */
export async function flashSaleBench(buyers = 2000, stock = 100): Promise<BenchRow[]> {
  const r = await rushFlashSale(buyers, stock);
  const exact = r.paid === stock && r.stockLeft >= 0 && r.soldByCounter === r.paid && r.skuStockDrop === r.paid;
  return [
    { area: 'flash sale', metric: `${buyers} buyers / stock ${stock}: paid orders (stock left ${r.stockLeft})`, value: r.paid, unit: 'paid', target: `= ${stock} paid, stock ≥ 0`, met: exact },
    { area: 'flash sale', metric: `${buyers} buyers / stock ${stock}: internal errors`, value: r.internalErrors, unit: 'errors', target: '≤ 0', met: r.internalErrors === 0 },
    { area: 'flash sale', metric: `${buyers} buyers / stock ${stock}: rush duration (buy + pay, loopback)`, value: Math.round(r.seconds * 100) / 100, unit: 's', target: '', met: null },
  ];
}
