import type { OrderView } from '../src/contracts/orders';
import { DEFAULT_DISTRIBUTION_POLICY } from '../src/domain/distribution/distribution-policy';
import { toBps } from '../src/domain/money/fen';
import type { OrderDoc, PolicyDoc } from '../cloudfunctions/shared/kernel/docs/docs';
import { invokeFunction } from '../server/local-runtime';
import { payNotifyFor } from '../server/simulate-pay';
import { POLICY_DOC_ID } from '../cloudfunctions/shared/flows/merchant/get-distribution-policy';
import { COLLECTIONS } from '../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../server/seed/personas';
import { DAY_MS, runSettlement, shipAndReceive } from '../tests/support/money-flow';
import { ADDRESS, createTestRuntime, type TestRuntime } from '../tests/support/test-runtime';
import { earnSettledCommission } from '../tests/support/withdrawal-fixtures';
import { CloudbaseStore } from '../cloudfunctions/shared/kernel/store/cloudbase-store';
import { createFakeCloudbaseDb, type FakeCloudbaseDb } from '../tests/support/fake-cloudbase-db';
import { CountingStore, totalOps } from './counting-store';
import { row, type BenchRow } from './bench-row';
import { billedMetric, BILLED_REQUEST_BUDGETS, OPERATION_BUDGETS } from './operation-budgets';

/** A chain of `depth` distributors above a fresh shopper, built through real codes and binds. */
async function chain(rt: TestRuntime, depth: number): Promise<string> {
  let sharer = 'dev_distributor';
  for (let i = 1; i < depth; i++) {
    const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, sharer);
    const next = await createNewUser(rt);
    await rt.ok('referral', 'bindByScene', { scene: code.scene }, next);
    await rt.ok('distributor', 'becomeDistributor', {}, next);
    sharer = next;
  }
  const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, sharer);
  const shopper = await createNewUser(rt);
  await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
  return shopper;
}

async function setPolicy(rt: TestRuntime, levels: 1 | 2 | 3): Promise<void> {
  const policy = { ...DEFAULT_DISTRIBUTION_POLICY, levels, ratesBps: [toBps(1000), toBps(500), toBps(200)].slice(0, levels), threeLevelAck: levels === 3 ? { byUserId: 'dev_staff', atIso: rt.now().toISOString() } : null };
  const doc: PolicyDoc = { _id: POLICY_DOC_ID, policy, updatedBy: 'dev_staff', updatedAt: rt.now().toISOString() };
  await rt.store.insert(COLLECTIONS.merchant, doc);
}

/**
 * A shop on the production adapter over (a fake of) the CloudBase database, counted twice: store operations (the
 * port calls an action makes — the same on either adapter) and the requests the adapter sends to the database,
 * which is what CloudBase bills (inside a transaction a create-if-absent or a compare-and-set reads its document
 * first unless the transaction already did).
 */
async function countedRuntime(): Promise<{ rt: TestRuntime; counter: CountingStore; db: FakeCloudbaseDb }> {
  const db = createFakeCloudbaseDb();
  let counter!: CountingStore;
  const rt = await createTestRuntime({ wrapStore: () => (counter = new CountingStore(new CloudbaseStore(db))) });
  return { rt, counter, db };
}

/** The jobs timer, as its trigger runs it every minute: the shop's steady state (e.g. the list of pending upline moves). */
async function runJobs(rt: TestRuntime): Promise<void> {
  const res = (await invokeFunction(rt, 'jobs', {}, { openid: null, source: 'local_timer' })) as { ok: boolean };
  if (!res.ok) throw new Error('jobs timer refused');
}

type Measured = { ops: number; billed: number };

async function measure(counted: { counter: CountingStore; db: FakeCloudbaseDb }, work: () => Promise<unknown>): Promise<Measured> {
  counted.counter.reset();
  const before = counted.db.calls.requests;
  await work();
  return { ops: totalOps(counted.counter.counts), billed: counted.db.calls.requests - before };
}

function rows(action: string, m: Measured): BenchRow[] {
  const budget = OPERATION_BUDGETS[action];
  const billedBudget = BILLED_REQUEST_BUDGETS[action];
  return [
    // Beside the target; where a rule sets a floor above it, the floor is named (✗ stays ✗).
    { ...row('ops', action, m.ops, 'ops', budget && { max: budget.target }), ...(budget?.floor ? { target: `≤ ${budget.target} (floor ${budget.floor.ops})` } : {}) },
    row('ops', billedMetric(action), m.billed, 'requests', billedBudget === undefined ? undefined : { max: billedBudget }),
  ];
}

/** Store operations and billed CloudBase requests per hot action, each next to its budget (bench/operation-budgets.ts). */
export async function opsPerAction(): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const levels of [1, 2, 3] as const) {
    const counted = await countedRuntime();
    const { rt } = counted;
    await setPolicy(rt, levels);
    const shopper = await chain(rt, levels);
    await runJobs(rt);
    let order!: OrderView;
    const create = await measure(counted, async () => {
      order = await rt.ok('orders', 'createOrder', { requestId: `bench-${levels}-order`, lines: [{ skuId: 'p01-s1', quantity: 1 }], address: ADDRESS }, shopper);
    });
    if (levels === 1) out.push(...rows('create order (1 line)', create));
    // WeChat sends the notify: building it (which reads the order for its amount) is not the shop's cost.
    const notify = payNotifyFor((await rt.store.get(COLLECTIONS.orders, order.id)) as OrderDoc, rt.now());
    const paid = () => invokeFunction(rt, 'payment-callback', notify, { openid: null, source: 'wx_paycallback' });
    out.push(...rows(`paid notify, ${levels} level${levels > 1 ? 's' : ''}`, await measure(counted, paid)));
    if (levels === 1) {
      await shipAndReceive(rt, order, shopper);
      rt.advance(8 * DAY_MS);
      await runJobs(rt); // the timer runs every minute: the day's statistics document exists ahead
      out.push(...rows('settle one order (1 entry)', await measure(counted, () => runSettlement(rt))));
      const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, 'dev_distributor');
      const newcomer = await createNewUser(rt);
      out.push(...rows('bind by scene (user without a team)', await measure(counted, () => rt.ok('referral', 'bindByScene', { scene: code.scene }, newcomer))));
    }
    await rt.close();
  }
  const counted = await countedRuntime();
  const { rt } = counted;
  await earnSettledCommission(rt);
  await runJobs(rt);
  let id = '';
  const request = await measure(counted, async () => {
    id = (await rt.ok('commission', 'requestWithdrawal', { requestId: 'bench-withdraw-1', amountFen: 1000, method: 'WECHAT_CHANGE', account: '' }, 'dev_distributor')).id;
  });
  out.push(...rows('request withdrawal', request));
  out.push(...rows('approve + pay out withdrawal', await measure(counted, () => rt.ok('finance', 'approveWithdrawal', { withdrawalId: id }, 'dev_staff'))));
  await rt.close();
  return out;
}
