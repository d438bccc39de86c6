import type { OrderView } from '../../src/contracts/orders';
import type { Envelope } from '../../src/contracts/envelope';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { runWithCrashAt, type CrashScenario } from '../support/crash-scenario';
import { createPickupOrder, OWNER, payOrder, storeWithStaff } from '../support/o2o-steps';
import type { TestRuntime } from '../support/test-runtime';

/**
 * The O2O writes, each made to crash once (the function instance dies there), then retried as staff or the shopper
 * would: the end state equals the crash-free one — a pickup verified once, a slot taken once, and a paying order's
 * agent and chain entries written once with the ledger clean.
 */
type Scenario = CrashScenario<{ order: OrderView; shopper: string; storeId: string }>;

async function pickupOrder(rt: TestRuntime) {
  await rt.ok('store-admin', 'saveAgent', { userId: await createNewUser(rt), region: { province: '浙江省', city: null, district: null }, rateBps: 300 }, OWNER);
  const { store, code } = await storeWithStaff(rt);
  const shopper = await createNewUser(rt);
  await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
  const order = await createPickupOrder(rt, shopper, store.id, [{ skuId: 'p06-s1', quantity: 2 }]);
  return { order, shopper, storeId: store.id };
}

const succeededOrAlready = (res: Envelope<unknown>, already: string) => {
  if (!res.ok && res.code !== already) throw new Error(res.code);
};

const SCENARIOS: Scenario[] = [
  {
    name: 'pay a pickup order in an agent’s region',
    setup: pickupOrder,
    attempt: (rt, c) => payOrder(rt, c.order.id),
    check: async (rt, c) => {
      const entries = await rt.store.find(COLLECTIONS.commissionEntries, { orderId: c.order.id }, { limit: 20 });
      return entries.map((e) => `${e._id.split(c.order.id).join('<o>')}=${e.amountFen}`).sort();
    },
  },
  {
    name: 'verify a pickup',
    setup: async (rt) => {
      const c = await pickupOrder(rt);
      await payOrder(rt, c.order.id);
      return c;
    },
    attempt: async (rt, c) => {
      const { code } = await rt.ok('stores', 'getMyPickupCode', { orderId: c.order.id }, c.shopper);
      succeededOrAlready(await rt.call('store-admin', 'verifyPickup', { code }, OWNER), 'STORE.PICKUP_ALREADY_VERIFIED');
    },
    check: async (rt, c) => {
      const order = await rt.store.get(COLLECTIONS.orders, c.order.id);
      return [order?.status, await rt.store.count(COLLECTIONS.pickups, {}), await rt.store.count(COLLECTIONS.outbox, { kind: 'SHIPPING' })];
    },
  },
  {
    name: 'book a slot',
    setup: pickupOrder,
    attempt: async (rt, c) => {
      await rt.ok('stores', 'reserveSlot', { requestId: 'fault-booking-1', storeId: c.storeId, date: '2026-11-21', time: '14:00', payMode: 'IN_STORE' }, c.shopper);
    },
    check: async (rt) => [await rt.store.count(COLLECTIONS.reservations, {}), (await rt.store.find(COLLECTIONS.slots, {}, { limit: 5 })).map((s) => s.taken)],
  },
];


describe.each(SCENARIOS)('crash at every write: $name', (scenario) => {
  test('each crash point, then a retry, ends as if nothing crashed', async () => {
    const baseline = await runWithCrashAt(scenario, null);
    expect(baseline.writes).toBeGreaterThan(0);
    for (let n = 1; n <= baseline.writes; n++) {
      const run = await runWithCrashAt(scenario, n);
      expect({ crashAt: n, outcome: run.outcome }).toEqual({ crashAt: n, outcome: baseline.outcome });
    }
  }, 120_000);
});
