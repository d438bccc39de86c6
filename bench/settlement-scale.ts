import type { CommissionEntryDoc, OrderDoc } from '../cloudfunctions/shared/kernel/docs/docs';
import { checkLedger } from '../cloudfunctions/shared/flows/ledger/check-ledger';
import { settleDueCommissions } from '../cloudfunctions/shared/flows/settlement/settle-due-commissions';
import { COLLECTIONS } from '../cloudfunctions/shared/kernel/store/collections';
import { EmbeddedStore } from '../cloudfunctions/shared/kernel/store/embedded-store';
import { toFen } from '../src/domain/money/fen';
import { row, type BenchRow } from './bench-row';

/**
 * The settlement job over `entryCount` due entries (two levels per order): seeded straight into the store with
 * consistent balances, then settled by the real job; the ledger check must still pass afterwards.
 */
export async function settlementScale(entryCount: number): Promise<BenchRow[]> {
  const store = new EmbeddedStore(':memory:');
  const received = '2026-11-01T00:00:00.000Z';
  const nowIso = '2026-11-20T00:00:00.000Z';
  const beneficiaries = Array.from({ length: 200 }, (_, i) => `bench_d${i}`);
  const orders = Math.ceil(entryCount / 2);
  await store.runTransaction(async (tx) => {
    for (let i = 0; i < orders; i++) {
      const orderId = `OBENCH${String(i).padStart(8, '0')}`;
      const lineId = `${orderId}-1`;
      const order = { _id: orderId, buyerId: `bench_b${i}`, status: 'RECEIVED', lines: [{ lineId, productId: 'p01', skuId: 'p01-s1', title: '赣南脐橙', specs: '5斤装', imageUrl: '', unitPriceFen: toFen(3990), quantity: 1, amountFen: toFen(3990) }], goodsFen: toFen(3990), shippingFen: toFen(0), totalFen: toFen(3990), address: { name: 'a', phone: '13800000000', region: 'x', detail: 'y' }, remark: '', createdAt: received, payDeadline: received, paidAt: received, cancelledAt: null, transactionId: `t${i}`, uplineSnapshot: [], policySnapshot: null, receivedAt: received, settleAfter: '2026-11-08T00:00:00.000Z' } as OrderDoc;
      await tx.insert(COLLECTIONS.orders, order);
      for (const level of [1, 2]) {
        const beneficiaryId = beneficiaries[(i * 2 + level) % beneficiaries.length] as string;
        const amountFen = toFen(level === 1 ? 399 : 199);
        const entry: CommissionEntryDoc = { _id: `${lineId}:L${level}`, kind: 'COMMISSION', status: 'PENDING', orderId, lineId, buyerId: order.buyerId, beneficiaryId, level, amountFen, parentEntryId: null, basis: { kind: 'RATE', rateBps: (level === 1 ? 1000 : 500) as never }, baseFen: toFen(3990), quantity: 1, productTitle: '赣南脐橙', createdAt: received, settledAt: null };
        await tx.insert(COLLECTIONS.commissionEntries, entry);
      }
    }
  });
  const started = performance.now();
  const run = await settleDueCommissions({ store, now: new Date(nowIso), log: { info: () => undefined, error: () => undefined } });
  const seconds = (performance.now() - started) / 1000;
  const report = await checkLedger(store);
  await store.close();
  if (report.problems.length) throw new Error(`ledger problems after settlement: ${report.problems.length}`);
  return [
    row('settlement', `settle ${entryCount.toLocaleString('en')} due entries`, seconds, 's', { max: 300 }),
    row('settlement', 'entries settled', run.settledEntries, 'entries', { min: entryCount }),
    row('settlement', 'batches', run.batches, 'batches'),
  ];
}
