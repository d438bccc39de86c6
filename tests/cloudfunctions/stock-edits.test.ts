import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import type { OrderView } from '../../src/contracts/orders';
import type { AdminProductView } from '../../src/contracts/product-admin';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { snapshotStore } from '../support/snapshot-store';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

/**
 * Stock cannot be faked by an edit: saving a product adjusts stock only from the value the form loaded (compare-and-set,
 * PRODUCT.STOCK_CHANGED when an order or a cancel moved it meanwhile), so no edit loses a concurrent reservation and
 * no cancel after an edit creates units.
 */
const STAFF = 'dev_staff';
const PRODUCT = 'p06';
const SKU = 'p06-s1'; // 手工牛轧糖, 600 in the demo catalogue

const load = (rt: TestRuntime) => rt.ok('product-admin', 'getProduct', { productId: PRODUCT }, STAFF);
const stockOf = async (rt: TestRuntime) => (await rt.store.get(COLLECTIONS.skus, SKU))?.stock ?? NaN;

/** What the product editor sends: everything as loaded, the stock typed, and the stock it loaded. */
function save(rt: TestRuntime, loaded: AdminProductView, typedStock: number, title = loaded.title) {
  return rt.call<AdminProductView>(
    'product-admin',
    'saveProduct',
    {
      requestId: aRequestId(),
      productId: loaded.id,
      title,
      subtitle: loaded.subtitle,
      categoryId: loaded.categoryId,
      description: loaded.description,
      images: loaded.images,
      skus: loaded.skus.map((s) => ({ skuId: s.id, specs: s.specs, priceFen: s.priceFen, stock: s.id === SKU ? typedStock : s.stock, expectedStock: s.stock })),
    },
    STAFF,
  );
}
const order = (rt: TestRuntime, buyer: string, quantity: number) =>
  rt.call<OrderView>('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: SKU, quantity }], address: ADDRESS }, buyer);

test('an edit from a form loaded before an order was placed is refused; a title edit leaves the reservation alone; a cancel after an edit creates nothing', async () => {
  const rt = await createTestRuntime();
  try {
    const stale = await load(rt); // 600
    const placed = await order(rt, 'dev_customer', 3);
    expect(placed.ok).toBe(true);
    expect(await stockOf(rt)).toBe(597);

    const before = await snapshotStore(rt.store);
    expect(await save(rt, stale, 610)).toMatchObject({ ok: false, code: 'PRODUCT.STOCK_CHANGED', message: expect.stringContaining('刷新') });
    expect(await snapshotStore(rt.store)).toEqual(before);

    // Stock left as loaded: only the title changes, the reservation is kept.
    expect(await save(rt, stale, 600, '手工牛轧糖（新包装）')).toMatchObject({ ok: true, data: { title: '手工牛轧糖（新包装）' } });
    expect(await stockOf(rt)).toBe(597);

    // Reloaded: +10 from what is there now; the cancel then gives back exactly its 3.
    expect(await save(rt, await load(rt), 607)).toMatchObject({ ok: true });
    if (placed.ok) await rt.ok('orders', 'cancelOrder', { orderId: placed.data.id }, 'dev_customer');
    expect(await stockOf(rt)).toBe(610);
  } finally {
    await rt.close();
  }
});

type Step = { kind: 'order'; buyer: number; quantity: number } | { kind: 'cancel'; pick: number } | { kind: 'load' } | { kind: 'edit'; delta: number };

test('property: orders, cancels and edits from stale or fresh forms in any order conserve units', async () => {
  const step = fc.oneof(
    fc.record({ kind: fc.constant('order' as const), buyer: fc.nat(3), quantity: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat(20) }),
    fc.record({ kind: fc.constant('load' as const) }),
    fc.record({ kind: fc.constant('edit' as const), delta: fc.integer({ min: -5, max: 5 }) }),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 14 }), async (steps: Step[]) => {
      const rt = await createTestRuntime();
      try {
        const buyers = [await createNewUser(rt), await createNewUser(rt), await createNewUser(rt), await createNewUser(rt)];
        const initial = await stockOf(rt);
        let loaded = await load(rt);
        let adjusted = 0;
        const open: Array<{ id: string; buyer: string }> = [];
        for (const s of steps) {
          if (s.kind === 'order') {
            const res = await order(rt, buyers[s.buyer] as string, s.quantity);
            if (res.ok) open.push({ id: res.data.id, buyer: buyers[s.buyer] as string });
          } else if (s.kind === 'cancel' && open.length) {
            const [o] = open.splice(s.pick % open.length, 1);
            if (o) await rt.ok('orders', 'cancelOrder', { orderId: o.id }, o.buyer);
          } else if (s.kind === 'load') {
            loaded = await load(rt);
          } else if (s.kind === 'edit') {
            const was = loaded.skus.find((k) => k.id === SKU)?.stock ?? 0;
            const res = await save(rt, loaded, Math.max(0, was + s.delta));
            if (res.ok) {
              adjusted += Math.max(0, was + s.delta) - was;
              loaded = res.data;
            } else {
              expect(res.code).toBe('PRODUCT.STOCK_CHANGED');
            }
          }
        }
        // Every unit is on the shelf or held by an unpaid order; staff's accepted adjustments are the only change.
        const pending = await rt.store.find(COLLECTIONS.orders, { status: 'PENDING_PAY' }, { limit: 100 });
        const held = pending.flatMap((o) => o.lines).filter((l) => l.skuId === SKU).reduce((n, l) => n + l.quantity, 0);
        expect(await stockOf(rt)).toBe(initial + adjusted - held);
      } finally {
        await rt.close();
      }
    }),
    { numRuns: 25 },
  );
}, 120_000);

test('importing an exported catalogue back after orders moved the stock keeps the reservations; a changed 库存 is an adjustment from the export', async () => {
  const rt = await createTestRuntime();
  try {
    const file = await rt.ok('product-admin', 'exportProducts', {}, STAFF);
    const csv = fs.readFileSync(path.join(rt.dataDir, file.url.slice('/files/'.length)), 'utf8');
    expect((await order(rt, 'dev_customer', 3)).ok).toBe(true); // 597
    const importCsv = (text: string) => rt.ok('product-admin', 'importProducts', { requestId: aRequestId(), csv: text, dryRun: false }, STAFF);

    expect(await importCsv(csv)).toMatchObject({ applied: true });
    expect(await stockOf(rt)).toBe(597);

    // The 库存 of p06-s1 typed up by 10 in the file: +10 on what is there now.
    const rows = csv.split('\n');
    const edited = rows.map((r) => (r.includes(`,${SKU},`) ? r.replace(/,600,600\r?$/, ',610,600') : r)).join('\n');
    expect(edited).not.toBe(csv);
    expect(await importCsv(edited)).toMatchObject({ applied: true });
    expect(await stockOf(rt)).toBe(607);
  } finally {
    await rt.close();
  }
});
