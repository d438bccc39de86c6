import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkLedger } from '../cloudfunctions/shared/flows/ledger/check-ledger';
import { COLLECTIONS } from '../cloudfunctions/shared/kernel/store/collections';
import { startLocalServer } from '../server/start-local-server';
import { row, type BenchRow } from './bench-row';

const ADDRESS = { name: '压测', phone: '13800000000', region: '浙江省 杭州市', detail: '压测路 1 号' };
const SKUS = ['p01-s1', 'p05-s1', 'p11-s1'];

/**
 * Mixed load against the local server over loopback: `clients` concurrent clients buying and paying, staff shipping
 * and refunding, buyers confirming receipt, distributors withdrawing and staff paying out, while the settlement
 * timer runs and the server clock runs a day per second (so commission really settles). Afterwards the ledger
 * check must find every balance equal to its entries and every line's commission conserved.
 */
export async function loadWithoutLoss(clients: number, seconds: number): Promise<BenchRow[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-load-'));
  const startedAt = Date.now();
  const clock = () => new Date(startedAt + (Date.now() - startedAt) * 86_400);
  const server = await startLocalServer({ port: 0, dataDir, h5Dir: null, log: { info: () => undefined, error: () => undefined }, timerIntervalMs: 0, now: clock });
  for (const sku of SKUS) await server.runtime.store.update(COLLECTIONS.skus, sku, {}, { stock: 100_000_000 });
  let n = 0;
  let errors = 0;
  const counts = { orders: 0, refunds: 0, withdrawals: 0, settlements: 0 };
  const call = async <T>(fn: string, action: string, payload: unknown, openid: string): Promise<T | null> => {
    const res = await fetch(`${server.url}/api/fn/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-openid': openid }, body: JSON.stringify({ action, payload }) });
    const reply = (await res.json()) as { ok: boolean; data?: T; code?: string };
    if (!reply.ok && reply.code === 'COMMON.INTERNAL') errors += 1;
    return reply.ok ? (reply.data as T) : null;
  };
  const post = (route: string, body: unknown) => fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());

  try {
    const code = await call<{ scene: string }>('distributor', 'createShareCode', { target: { kind: 'shop' } }, 'dev_distributor');
    const shoppers: string[] = [];
    for (let i = 0; i < clients; i++) {
      const { openid } = (await (await fetch(`${server.url}/api/dev/new-user`, { method: 'POST' })).json()) as { openid: string };
      await call('referral', 'bindByScene', { scene: code?.scene }, openid);
      shoppers.push(openid);
    }
    const deadline = Date.now() + seconds * 1000;
    const shopper = async (openid: string) => {
      let last: { id: string; lines: Array<{ lineId: string }> } | null = null;
      while (Date.now() < deadline) {
        const r = Math.random();
        if (!last || r < 0.5) {
          last = await call('orders', 'createOrder', { requestId: `load-${++n}-${process.pid}`, lines: [{ skuId: SKUS[n % SKUS.length], quantity: 2 }], address: ADDRESS }, openid);
          if (last) await post('/api/dev/pay', { orderId: last.id });
          counts.orders += 1;
        } else if (r < 0.65) {
          await call('order-admin', 'refundOrderLine', { requestId: `load-refund-${++n}`, orderId: last.id, lineId: last.lines[0]?.lineId, units: 1, reason: '压测退款' }, 'dev_staff');
          counts.refunds += 1;
        } else {
          await call('order-admin', 'shipOrder', { orderId: last.id, carrierCode: 'SF', trackingNo: 'SF00000001' }, 'dev_staff');
          await call('orders', 'confirmReceipt', { orderId: last.id }, openid);
        }
      }
    };
    const distributor = async () => {
      while (Date.now() < deadline) {
        const w = await call<{ id: string }>('commission', 'requestWithdrawal', { requestId: `load-wd-${++n}`, amountFen: 100 + (n % 900), method: 'WECHAT_CHANGE', account: '' }, 'dev_distributor');
        if (w) {
          counts.withdrawals += 1;
          await call('finance', n % 5 === 0 ? 'rejectWithdrawal' : 'approveWithdrawal', n % 5 === 0 ? { withdrawalId: w.id, reason: '压测驳回' } : { withdrawalId: w.id }, 'dev_staff');
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const timer = async () => {
      while (Date.now() < deadline) {
        await post('/api/dev/run-timers', {});
        counts.settlements += 1;
        await new Promise((r) => setTimeout(r, 300));
      }
    };
    await Promise.all([...shoppers.map(shopper), distributor(), distributor(), timer()]);
    const report = await checkLedger(server.runtime.store);
    return [
      row('load', `${clients} clients × ${seconds} s: orders / refunds / withdrawals`, counts.orders, `orders (${counts.refunds} refunds, ${counts.withdrawals} withdrawals)`),
      row('load', 'internal errors during load', errors, 'errors', { max: 0 }),
      row('load', 'ledger problems after load (ledger:check)', report.problems.length, 'problems', { max: 0 }),
    ];
  } finally {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
