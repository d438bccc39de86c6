import type { OrderView } from '../../src/contracts/orders';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { runWithCrashAt, type CrashScenario } from '../support/crash-scenario';
import { settleDueCommissions } from '../../cloudfunctions/shared/flows/settlement/settle-due-commissions';
import { recountDashboard } from '../../cloudfunctions/shared/flows/stats/recount-dashboard';
import { DAY_MS, boundShopper, refund, runSettlement, shipAndReceive } from '../support/money-flow';
import { ADDRESS, type TestRuntime } from '../support/test-runtime';
import { earnSettledCommission } from '../support/withdrawal-fixtures';

/**
 * Every write of pay, settle, refund and withdraw is made to crash once (the function instance dies there); the
 * operation is then retried as the platform or the user would. Whatever the crash point, the end state must be
 * the same as without a crash: money conserved (ledger check) and no duplicate entry, refund or payout.
 */
const entriesOf = (rt: TestRuntime, orderId: string) => rt.store.find(COLLECTIONS.commissionEntries, { orderId }, { limit: 100 });

/** Ids relative to the order, so runs with different (random) shoppers compare. */
const relative = (id: string, orderId: string) => id.split(orderId).join('<order>');

/** A two-level chain so payment writes two commissions, two balances and counters. */
async function twoLevelOrder(rt: TestRuntime, skuId = 'p11-s1', quantity = 3, requestId = 'fault-order-1'): Promise<{ order: OrderView; shopper: string }> {
  const second = await boundShopper(rt);
  await rt.ok('distributor', 'becomeDistributor', {}, second);
  const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, second);
  const shopper = await createNewUser(rt);
  await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
  const order = await rt.ok('orders', 'createOrder', { requestId, lines: [{ skuId, quantity }], address: ADDRESS }, shopper);
  return { order, shopper };
}

const payScenario: CrashScenario<{ order: OrderView }> = {
  name: 'pay notify',
  setup: (rt) => twoLevelOrder(rt),
  attempt: async (rt, c) => {
    const reply = await rt.pay(c.order.id);
    if (reply.errcode !== 0) throw new Error(reply.errmsg);
  },
  check: async (rt, c) => {
    expect(await rt.store.get(COLLECTIONS.orders, c.order.id)).toMatchObject({ status: 'PAID', transactionId: `4200${c.order.id}` });
    return (await entriesOf(rt, c.order.id)).map((e) => `${relative(e._id, c.order.id)}=${e.amountFen}`).sort();
  },
};

const settleScenario: CrashScenario<{ order: OrderView }> = {
  name: 'settlement',
  setup: async (rt) => {
    const { order, shopper } = await twoLevelOrder(rt);
    await rt.pay(order.id);
    await shipAndReceive(rt, order, shopper);
    rt.advance(8 * DAY_MS);
    return { order };
  },
  attempt: async (rt) => void (await runSettlement(rt)),
  check: async (rt, c) => {
    const entries = await entriesOf(rt, c.order.id);
    expect(entries.every((e) => e.status === 'SETTLED')).toBe(true);
    return entries.map((e) => `${relative(e._id, c.order.id)}=${e.amountFen}:${e.status}`).sort();
  },
};

/**
 * Bulk settlement across batches: three due orders (one partly refunded, so reversals settle with their commissions),
 * two orders per batch and one user per increment transaction, so every step — claim, each chunk, the moves, the
 * batch bookkeeping — has a write to crash at; a crashed multi-document update has changed half of its matches.
 */
const bulkSettleScenario: CrashScenario<{ orders: OrderView[]; buyers: string[] }> = {
  name: 'bulk settlement in batches',
  setup: async (rt) => {
    const orders: OrderView[] = [];
    const buyers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { order, shopper } = await twoLevelOrder(rt, 'p11-s1', 3, `fault-bulk-${i}`);
      await rt.pay(order.id);
      await shipAndReceive(rt, order, shopper);
      orders.push(order);
      buyers.push(shopper);
    }
    await refund(rt, orders[1] as OrderView, 0, 1, { requestId: 'fault-bulk-refund' });
    rt.advance(8 * DAY_MS);
    return { orders, buyers };
  },
  attempt: async (rt) => void (await settleDueCommissions({ store: rt.store, now: rt.now(), log: rt.log }, { batchSize: 2, applyChunk: 1 })),
  check: async (rt, c) => {
    const out: string[] = [];
    for (const [i, order] of c.orders.entries()) {
      expect(await rt.store.get(COLLECTIONS.orders, order.id)).toMatchObject({ status: 'COMPLETED' });
      const entries = await entriesOf(rt, order.id);
      expect(entries.filter((e) => e.status !== 'REVERSED').every((e) => e.status === 'SETTLED')).toBe(true);
      out.push(...entries.map((e) => `${i}:${relative(e._id.replace(/:R[0-9A-Za-z]+$/, ':R<refund>'), order.id)}=${e.amountFen}:${e.status}`));
      const stats = await rt.store.get(COLLECTIONS.userStats, c.buyers[i] as string);
      out.push(`${i}:buyer completed ${stats?.completedOrderCount}/${stats?.completedSpendFen}`);
      const level1 = entries.find((e) => e.level === 1 && e.kind === 'COMMISSION');
      out.push(`${i}:L1 settled ${(await rt.store.get(COLLECTIONS.userStats, level1?.beneficiaryId as string))?.settledCommissionFen}`);
    }
    // The daily statistics moved exactly once: the dashboard still equals a recount of the records.
    const { generatedAt: _a, complete: _c, ...fromStatistics } = await rt.ok('finance', 'getDashboard', {}, 'dev_staff');
    const { generatedAt: _b, complete: _d, ...recounted } = await recountDashboard({ store: rt.store, now: rt.now() });
    expect(fromStatistics).toEqual(recounted);
    return out.sort();
  },
};

const refundScenario: CrashScenario<{ order: OrderView }> = {
  name: 'refund after settlement',
  setup: async (rt) => {
    const c = await settleScenario.setup(rt);
    await runSettlement(rt);
    return c;
  },
  attempt: async (rt, c) => {
    const payload = { requestId: 'fault-refund-1', orderId: c.order.id, lineId: c.order.lines[0]?.lineId, units: 1, reason: '质量问题' };
    const res = await rt.call('order-admin', 'refundOrderLine', payload, 'dev_staff');
    if (!res.ok) throw new Error(res.code);
  },
  check: async (rt, c) => {
    expect(await rt.store.count(COLLECTIONS.refunds, {})).toBe(1);
    return (await entriesOf(rt, c.order.id)).map((e) => `${relative(e._id.replace(/:R[0-9A-Za-z]+$/, ':R<refund>'), c.order.id)}=${e.amountFen}:${e.kind}:${e.status}`).sort();
  },
};

const withdrawScenario: CrashScenario<{ availableFen: number }> = {
  name: 'withdrawal request and payout',
  setup: (rt) => earnSettledCommission(rt),
  attempt: async (rt) => {
    const requested = await rt.call<{ id: string }>('commission', 'requestWithdrawal', { requestId: 'fault-wd-1', amountFen: 5000, method: 'WECHAT_CHANGE', account: '' }, 'dev_distributor');
    if (!requested.ok) throw new Error(requested.code);
    const current = await rt.store.get(COLLECTIONS.withdrawals, requested.data.id);
    // Staff act on what they see: approve a new request, retry one left approved or failed by a crash.
    const action = current?.status === 'REQUESTED' ? 'approveWithdrawal' : current?.status === 'PAID' ? null : 'retryWithdrawal';
    if (!action) return;
    const res = await rt.call('finance', action, { withdrawalId: requested.data.id }, 'dev_staff');
    if (!res.ok) throw new Error(res.code);
  },
  check: async (rt) => {
    const withdrawals = await rt.store.find(COLLECTIONS.withdrawals, {}, { limit: 10 });
    expect(withdrawals.map((w) => [w.status, w.amountFen])).toEqual([['PAID', 5000]]);
    return withdrawals.map((w) => `${w.status}:${w.amountFen}:${w.netFen}`);
  },
};


describe.each([payScenario, settleScenario, bulkSettleScenario, refundScenario, withdrawScenario] as Array<CrashScenario<unknown>>)('crash at every write: $name', (scenario) => {
  test('each crash point, then a retry, ends as if nothing crashed', async () => {
    const baseline = await runWithCrashAt(scenario, null, 2);
    expect(baseline.writes).toBeGreaterThan(2);
    console.log(`${scenario.name}: ${baseline.writes} writes, each made to crash once`);
    for (let n = 1; n <= baseline.writes; n++) {
      // One retry may land on a state a crash left half-done (e.g. an approved payout); a second settles it.
      const run = await runWithCrashAt(scenario, n, 2);
      expect({ crashAt: n, outcome: run.outcome }).toEqual({ crashAt: n, outcome: baseline.outcome });
    }
  }, 120_000);
});
