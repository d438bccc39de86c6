import type { OrderView } from '../../src/contracts/orders';
import type { CommissionEntryDoc, OrderDoc, WithdrawalDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { runWithCrashAt, type CrashScenario } from '../support/crash-scenario';
import { DAY_MS, boundShopper, runSettlement, shipAndReceive } from '../support/money-flow';
import { ADDRESS, type TestRuntime } from '../support/test-runtime';
import { earnSettledCommission } from '../support/withdrawal-fixtures';

/**
 * Every write of pay, settle, refund and withdraw is made to crash once (the function instance dies there); the
 * operation is then retried as the platform or the user would. Whatever the crash point, the end state must be
 * the same as without a crash: money conserved (ledger check) and no duplicate entry, refund or payout.
 */
const entriesOf = (rt: TestRuntime, orderId: string) => rt.store.find<CommissionEntryDoc>(COLLECTIONS.commissionEntries, { orderId }, { limit: 100 });

/** Ids relative to the order, so runs with different (random) shoppers compare. */
const relative = (id: string, orderId: string) => id.split(orderId).join('<order>');

/** A two-level chain so payment writes two commissions, two balances and counters. */
async function twoLevelOrder(rt: TestRuntime, skuId = 'p11-s1', quantity = 3): Promise<{ order: OrderView; shopper: string }> {
  const second = await boundShopper(rt);
  await rt.ok('distributor', 'becomeDistributor', {}, second);
  const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, second);
  const shopper = await createNewUser(rt);
  await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
  const order = await rt.ok('orders', 'createOrder', { requestId: 'fault-order-1', lines: [{ skuId, quantity }], address: ADDRESS }, shopper);
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
    expect(await rt.store.get<OrderDoc>(COLLECTIONS.orders, c.order.id)).toMatchObject({ status: 'PAID', transactionId: `4200${c.order.id}` });
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
    const current = await rt.store.get<WithdrawalDoc>(COLLECTIONS.withdrawals, requested.data.id);
    // Staff act on what they see: approve a new request, retry one left approved or failed by a crash.
    const action = current?.status === 'REQUESTED' ? 'approveWithdrawal' : current?.status === 'PAID' ? null : 'retryWithdrawal';
    if (!action) return;
    const res = await rt.call('finance', action, { withdrawalId: requested.data.id }, 'dev_staff');
    if (!res.ok) throw new Error(res.code);
  },
  check: async (rt) => {
    const withdrawals = await rt.store.find<WithdrawalDoc>(COLLECTIONS.withdrawals, {}, { limit: 10 });
    expect(withdrawals.map((w) => [w.status, w.amountFen])).toEqual([['PAID', 5000]]);
    return withdrawals.map((w) => `${w.status}:${w.amountFen}:${w.netFen}`);
  },
};


describe.each([payScenario, settleScenario, refundScenario, withdrawScenario] as Array<CrashScenario<unknown>>)('crash at every write: $name', (scenario) => {
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
