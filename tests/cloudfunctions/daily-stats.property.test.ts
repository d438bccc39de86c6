import fc from 'fast-check';
import type { OrderView } from '../../src/contracts/orders';
import { recountDashboard } from '../../cloudfunctions/shared/flows/stats/recount-dashboard';
import { createNewUser } from '../../server/seed/personas';
import { invokeFunction } from '../../server/local-runtime';
import { DAY_MS, buyAndPay, refund, runSettlement } from '../support/money-flow';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { earnSettledCommission } from '../support/withdrawal-fixtures';
import { DAILY_STATS_TOTALS_ID } from '../../cloudfunctions/shared/kernel/docs/daily-stats-docs';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { copyWithoutStatistics } from '../support/without-statistics';

/**
 * The daily statistics are kept by increments in the transactions of the events they count; whatever happened, the
 * dashboard built from them must equal a recount of the records (recountDashboard: scan the orders, entries, users,
 * distributors, balances). Random histories through the real handlers — joining, becoming a distributor and being
 * frozen or revoked, buying, shipping, receiving, refunding, waiting (past the month, so old days fold into the
 * totals), settling, withdrawing, the jobs timer — and, for a shop whose history predates the statistics, the same
 * after their migration, and after more events.
 */
type Step =
  | { kind: 'join' }
  | { kind: 'promote'; who: number }
  | { kind: 'status'; who: number; status: 'ACTIVE' | 'FROZEN' | 'REVOKED' }
  | { kind: 'buy'; buyer: number; sku: string; quantity: number }
  | { kind: 'ship'; order: number }
  | { kind: 'receive'; order: number }
  | { kind: 'fulfil'; order: number }
  | { kind: 'refund'; order: number; units: number }
  | { kind: 'wait'; days: number }
  | { kind: 'settle' }
  | { kind: 'withdraw'; amountFen: number; decision: 'approve' | 'reject' | 'fail' | 'leave' }
  | { kind: 'jobs' };

const SKUS = ['p01-s1', 'p04-s2', 'p06-s1', 'p11-s1'];
const STAFF = 'dev_staff';

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'join' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('promote' as const), who: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('status' as const), who: fc.nat(5), status: fc.constantFrom('ACTIVE' as const, 'FROZEN' as const, 'REVOKED' as const) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('buy' as const), buyer: fc.nat(6), sku: fc.constantFrom(...SKUS), quantity: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('ship' as const), order: fc.nat(11) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('receive' as const), order: fc.nat(11) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('fulfil' as const), order: fc.nat(11) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('refund' as const), order: fc.nat(11), units: fc.integer({ min: 1, max: 2 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 20 }) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'settle' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('withdraw' as const),
      amountFen: fc.integer({ min: 100, max: 3000 }),
      decision: fc.constantFrom('approve' as const, 'reject' as const, 'fail' as const, 'leave' as const),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'jobs' as const }) },
);

/** What the histories reached across runs: the property must really exercise each kind of figure. */
const seen = { refunded: 0, settled: 0, paidOut: 0, folded: 0, newDistributors: 0 };

interface Shop {
  rt: TestRuntime;
  people: string[];
  orders: Array<{ order: OrderView; buyer: string }>;
}

let counter = 0;
const jobs = (rt: TestRuntime) => invokeFunction(rt, 'jobs', {}, { openid: null, source: 'local_timer' });

async function apply(shop: Shop, s: Step): Promise<void> {
  const { rt, people, orders } = shop;
  const target = 'order' in s ? orders[s.order % Math.max(orders.length, 1)] : undefined;
  // Staff change only users who joined (the demo distributor shares the codes everyone joins through).
  const joined = people.slice(2);
  const person = 'who' in s && joined.length ? joined[s.who % joined.length] : undefined;
  if (s.kind === 'join') {
    const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, 'dev_distributor');
    const user = await createNewUser(rt);
    await rt.call('referral', 'bindByScene', { scene: code.scene }, user);
    people.push(user);
  } else if (s.kind === 'promote' && person) await rt.call('distributor', 'becomeDistributor', {}, person);
  else if (s.kind === 'status' && person) await rt.call('distribution-admin', 'setDistributorStatus', { userId: person, status: s.status }, STAFF);
  else if (s.kind === 'buy') {
    const buyer = people[s.buyer % people.length]!;
    orders.push({ order: await buyAndPay(rt, buyer, [{ skuId: s.sku, quantity: s.quantity }]), buyer });
  } else if (s.kind === 'ship' && target) await rt.call('order-admin', 'shipOrder', { orderId: target.order.id, carrierCode: 'SF', trackingNo: 'SF00000001' }, STAFF);
  else if (s.kind === 'receive' && target) await rt.call('orders', 'confirmReceipt', { orderId: target.order.id }, target.buyer);
  else if (s.kind === 'fulfil' && target) {
    await rt.call('order-admin', 'shipOrder', { orderId: target.order.id, carrierCode: 'SF', trackingNo: 'SF00000001' }, STAFF);
    await rt.call('orders', 'confirmReceipt', { orderId: target.order.id }, target.buyer);
  }
  else if (s.kind === 'refund' && target) await refund(rt, target.order, 0, s.units).catch(() => undefined);
  else if (s.kind === 'wait') rt.advance(s.days * DAY_MS);
  else if (s.kind === 'settle') await runSettlement(rt);
  else if (s.kind === 'jobs') await jobs(rt);
  else if (s.kind === 'withdraw') {
    const account = s.decision === 'fail' ? 'FAIL' : 'wxid_distributor';
    const res = await rt.call<{ id: string }>('commission', 'requestWithdrawal', { requestId: `stats-wd-${++counter}`, amountFen: s.amountFen, method: 'WECHAT_CHANGE', account }, 'dev_distributor');
    if (!res.ok || s.decision === 'leave') return;
    if (s.decision === 'reject') await rt.call('finance', 'rejectWithdrawal', { withdrawalId: res.data.id, reason: '信息不全' }, STAFF);
    else await rt.call('finance', 'approveWithdrawal', { withdrawalId: res.data.id }, STAFF);
  }
}

/** The dashboard from the statistics equals the recount, figure for figure, and says it is complete. */
async function expectStatisticsEqualRecount(rt: TestRuntime): Promise<void> {
  const { generatedAt: _a, complete, ...fromStatistics } = await rt.ok('finance', 'getDashboard', {}, STAFF);
  const { generatedAt: _b, complete: _all, ...recounted } = await recountDashboard({ store: rt.store, now: rt.now() });
  expect(fromStatistics).toEqual(recounted);
  expect(complete).toBe(true);
  seen.refunded += fromStatistics.periods.days30.refundedFen > 0 ? 1 : 0;
  seen.settled += fromStatistics.commission.settledUnpaidFen > 0 ? 1 : 0;
  seen.paidOut += fromStatistics.commission.paidOutFen > 0 ? 1 : 0;
  seen.newDistributors += fromStatistics.periods.days30.newDistributors !== 2 ? 1 : 0;
  seen.folded += ((await rt.store.get(COLLECTIONS.dailyStats, DAILY_STATS_TOTALS_ID))?.throughDay ?? '') !== '' ? 1 : 0;
}

/** A shop with settled commission to start from, earned the honest way, so payouts are real and not only refusals. */
async function newShop(): Promise<Shop> {
  const rt = await createTestRuntime();
  const start = await earnSettledCommission(rt);
  // Its first buyer becomes a distributor too, so staff's status changes always have someone to act on.
  await rt.ok('distributor', 'becomeDistributor', {}, start.buyer);
  return { rt, people: ['dev_customer', 'dev_distributor', start.buyer], orders: [{ order: start.order, buyer: start.buyer }] };
}

test('whatever happens, the daily statistics equal a recount of the records', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 6, maxLength: 24 }), async (steps) => {
      const shop = await newShop();
      try {
        // After every event, not only at the end: a figure a later event happens to restore must not go unseen.
        for (const s of steps) {
          await apply(shop, s);
          await expectStatisticsEqualRecount(shop.rt);
        }
        // And once the jobs timer has folded the days older than the month into the totals.
        await jobs(shop.rt);
        await expectStatisticsEqualRecount(shop.rt);
      } finally {
        await shop.rt.close();
      }
    }),
    { numRuns: 12 },
  );
}, 240_000);

test('a shop with history from before the statistics gets them from the migration, equal to a recount, and keeps them', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 6, maxLength: 20 }), fc.array(step, { minLength: 2, maxLength: 10 }), async (before, after) => {
      const old = await newShop();
      let shop: Shop | null = null;
      try {
        for (const s of before) await apply(old, s);
        const legacy = await copyWithoutStatistics(old.rt.store);
        const rt = await createTestRuntime({ seed: false, wrapStore: () => legacy });
        rt.advance(old.rt.now().getTime() - rt.now().getTime());
        shop = { rt, people: old.people, orders: old.orders };
        expect((await rt.ok('finance', 'getDashboard', {}, STAFF)).complete).toBe(false);
        // The migration starts after a grace period, then counts in slices until done.
        await jobs(rt);
        rt.advance(11 * 60_000);
        for (let runs = 0; runs < 20 && !(await rt.ok('finance', 'getDashboard', {}, STAFF)).complete; runs++) await jobs(rt);
        await expectStatisticsEqualRecount(rt);
        for (const s of after) {
          await apply(shop, s);
          await expectStatisticsEqualRecount(rt);
        }
      } finally {
        await old.rt.close();
        await shop?.rt.close();
      }
    }),
    { numRuns: 8 },
  );
}, 240_000);

afterAll(() => {
  for (const [figure, runs] of Object.entries(seen)) expect([figure, runs > 0]).toEqual([figure, true]);
});
