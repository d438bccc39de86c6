import type { OrderView } from '../../src/contracts/orders';
import type { SubscribeMessageInput } from '../../cloudfunctions/shared/kernel/platform/platform';
import { SETTLEMENT_STATE_ID } from '../../cloudfunctions/shared/kernel/docs/settlement-docs';
import { noticeBatchSettled } from '../../cloudfunctions/shared/flows/notices/notice-batch-settled';
import { settleDueCommissions } from '../../cloudfunctions/shared/flows/settlement/settle-due-commissions';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { DAY_MS, boundShopper, buyAndPay, expectLedgerClean, refund, runSettlement, shipAndReceive } from '../support/money-flow';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { FaultyStore } from '../support/faulty-store';
import { checkLedger } from '../../cloudfunctions/shared/flows/ledger/check-ledger';

/** Bulk settlement: refunds racing an open batch, the time budget and its resume, notices per beneficiary (its cost: operation-budget.test.ts). */
let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const balance = (openid: string) => rt.ok('commission', 'getMyBalance', {}, openid);
const job = () => ({ store: rt.store, now: rt.now(), log: rt.log });

async function dueOrders(count: number, quantity = 1): Promise<Array<{ order: OrderView; shopper: string }>> {
  const out = [];
  for (let i = 0; i < count; i++) {
    const shopper = await boundShopper(rt);
    const order = await buyAndPay(rt, shopper, [{ skuId: 'p01-s2', quantity }]); // 6990 a unit → 699 to dev_distributor
    await shipAndReceive(rt, order, shopper);
    out.push({ order, shopper });
  }
  rt.advance(8 * DAY_MS);
  return out;
}

test('a call whose time runs out leaves its batch open; a refund of a claimed order waits, and settles as a clawback once the batch is done', async () => {
  const [first, second] = await dueOrders(2);
  let ticks = 0;
  // Out of time after the claim and one increment transaction: the batch stays open mid-way.
  const cut = await settleDueCommissions(job(), { applyChunk: 1, budgetMs: 3, elapsedMs: () => ticks++ });
  expect(cut).toMatchObject({ more: true, settledOrders: 0, batches: 1 });
  const state = await rt.store.get(COLLECTIONS.settlementBatches, SETTLEMENT_STATE_ID);
  expect(state?.open).toMatch(/^B\d+$/);
  expect(await rt.store.get(COLLECTIONS.orders, first!.order.id)).toMatchObject({ status: 'RECEIVED', settleBatch: state?.open });

  const lineId = first!.order.lines[0]?.lineId;
  const refused = await rt.call('order-admin', 'refundOrderLine', { requestId: 'bulk-refund-1', orderId: first!.order.id, lineId, units: 1, reason: '质量问题' }, 'dev_staff');
  expect(refused).toMatchObject({ ok: false, code: 'ORDER.BUSY' });

  const resumed = await settleDueCommissions(job());
  expect(resumed).toMatchObject({ more: false, settledOrders: 2, settledEntries: 2 });
  for (const { order } of [first!, second!]) expect(await rt.store.get(COLLECTIONS.orders, order.id)).toMatchObject({ status: 'COMPLETED' });
  expect(await balance('dev_distributor')).toMatchObject({ pendingFen: 0, settledFen: 1398 });

  await refund(rt, first!.order, 0, 1, { requestId: 'bulk-refund-1' });
  const entries = await rt.store.find(COLLECTIONS.commissionEntries, { orderId: first!.order.id }, { limit: 10 });
  expect(entries.map((e) => `${e.kind}:${e.status}:${e.amountFen}`).sort()).toEqual(['CLAWBACK:SETTLED:-699', 'COMMISSION:SETTLED:699']);
  expect(await balance('dev_distributor')).toMatchObject({ settledFen: 699, clawedBackFen: 699 });
  await expectLedgerClean(rt);
});

test('a refund made before the batch claims the order settles with it: its reversal leaves pending together with the commission', async () => {
  const [{ order }] = (await dueOrders(1, 2)) as [{ order: OrderView; shopper: string }];
  await refund(rt, order, 0, 1, { requestId: 'bulk-refund-2' });
  expect(await runSettlement(rt)).toMatchObject({ settledOrders: 1, settledEntries: 2 });
  const entries = await rt.store.find(COLLECTIONS.commissionEntries, { orderId: order.id }, { limit: 10 });
  expect(entries.every((e) => e.status === 'SETTLED')).toBe(true);
  expect(entries.map((e) => e.kind).sort()).toEqual(['COMMISSION', 'REVERSAL']);
  expect(await balance('dev_distributor')).toMatchObject({ pendingFen: 0, settledFen: 699 });
  await expectLedgerClean(rt);
});

test('one notice per beneficiary and batch, for everything the batch settled on them; a re-sent batch sends nothing twice', async () => {
  const sent: SubscribeMessageInput[] = [];
  rt.platform.sendSubscribeMessage = async (input) => (sent.push(input), { ok: true });
  await rt.ok('orders', 'recordSubscriptions', { accepted: ['COMMISSION_SETTLED'] }, 'dev_distributor');
  await rt.ok('orders', 'recordSubscriptions', { accepted: ['COMMISSION_SETTLED'] }, 'dev_distributor');
  const orders = await dueOrders(3);
  const ctx = { ...job(), platform: rt.platform, requestId: 'bulk-notices' } as never;
  const run = await settleDueCommissions(job(), { onSettled: (batch) => noticeBatchSettled(ctx, batch) });
  expect(run).toMatchObject({ settledOrders: 3, batches: 1 });
  expect(sent.map((s) => [s.openid, s.template, s.data.amount])).toEqual([['dev_distributor', 'COMMISSION_SETTLED', '¥20.97']]);
  expect(orders.map((o) => o.order.id)).toContain(sent[0]?.data.orderNo);
  const state = await rt.store.get(COLLECTIONS.settlementBatches, SETTLEMENT_STATE_ID);
  expect(await noticeBatchSettled(ctx, { batchId: `B${String(state?.seq).padStart(10, '0')}`, at: rt.now().toISOString(), beneficiaries: [{ userId: 'dev_distributor', settledFen: 2097, orders: 3, firstOrderId: 'x' }] })).toBe(0);
  expect((await rt.store.find(COLLECTIONS.outbox, { userId: 'dev_distributor' }, { limit: 10 })).length).toBe(1);
});

test('an order the rules cannot read is let go from its batch and recorded; the others settle and the run ends', async () => {
  const [{ order }, other] = (await dueOrders(2)) as [{ order: OrderView; shopper: string }, { order: OrderView; shopper: string }];
  await rt.store.update(COLLECTIONS.orders, order.id, {}, { lines: null });
  const run = await settleDueCommissions(job(), { batchSize: 1 });
  expect(run).toMatchObject({ settledOrders: 1, more: false });
  expect(await rt.store.get(COLLECTIONS.orders, order.id)).toMatchObject({ status: 'RECEIVED', settleBatch: null });
  expect(await rt.store.get(COLLECTIONS.orders, other.order.id)).toMatchObject({ status: 'COMPLETED' });
  expect(await rt.store.get(COLLECTIONS.jobFailures, `settlement:${order.id}`)).toMatchObject({ count: 1 });
});

test('wherever a bulk run dies, the ledger check passes before anything resumes it (an open batch is read as far as it got)', async () => {
  const setUp = async () => {
    let faulty!: FaultyStore;
    const shop = await createTestRuntime({ wrapStore: (s) => (faulty = new FaultyStore(s)) });
    for (let i = 0; i < 2; i++) {
      const shopper = await boundShopper(shop);
      const order = await buyAndPay(shop, shopper, [{ skuId: 'p01-s2', quantity: 2 }]);
      await shipAndReceive(shop, order, shopper);
      if (i === 0) await refund(shop, order, 0, 1);
    }
    shop.advance(8 * DAY_MS);
    return { shop, faulty, before: faulty.writes };
  };
  const settle = (shop: TestRuntime) => settleDueCommissions({ store: shop.store, now: shop.now(), log: shop.log }, { applyChunk: 1 });
  const baseline = await setUp();
  await settle(baseline.shop);
  const writes = baseline.faulty.writes - baseline.before;
  await baseline.shop.close();
  expect(writes).toBeGreaterThan(8);
  for (let n = 1; n <= writes; n++) {
    const { shop, faulty, before } = await setUp();
    faulty.failAt = before + n;
    // Most crashes end the run; one in the orders' claim is answered by claiming them one by one.
    await settle(shop).catch((e: unknown) => expect(String(e)).toContain('injected crash'));
    faulty.failAt = null;
    expect({ crashAt: n, problems: (await checkLedger(shop.store)).problems }).toEqual({ crashAt: n, problems: [] });
    await shop.close();
  }
}, 120_000);
