import type { ShareCode } from '../src/contracts/distributor';
import type { OrderView } from '../src/contracts/orders';
import { DEFAULT_DISTRIBUTION_POLICY } from '../src/domain/distribution/distribution-policy';
import { toBps } from '../src/domain/money/fen';
import type { OrderDoc, PolicyDoc } from '../cloudfunctions/shared/docs';
import { invokeFunction } from '../server/local-runtime';
import { payNotifyFor } from '../server/simulate-pay';
import { POLICY_DOC_ID } from '../cloudfunctions/shared/merchant/get-distribution-policy';
import { COLLECTIONS } from '../cloudfunctions/shared/store/collections';
import { createNewUser } from '../server/seed/personas';
import { DAY_MS, runSettlement, shipAndReceive } from '../tests/support/money-flow';
import { ADDRESS, createTestRuntime, type TestRuntime } from '../tests/support/test-runtime';
import { earnSettledCommission } from '../tests/support/withdrawal-fixtures';
import { CloudbaseStore } from '../cloudfunctions/shared/platform/cloudbase-store';
import { createFakeCloudbaseDb } from '../tests/support/fake-cloudbase-db';
import { CountingStore, totalOps } from './counting-store';
import { row, type BenchRow } from './bench-row';

/** A chain of `depth` distributors above a fresh shopper, built through real codes and binds. */
async function chain(rt: TestRuntime, depth: number): Promise<string> {
  let sharer = 'dev_distributor';
  for (let i = 1; i < depth; i++) {
    const code = await rt.ok<ShareCode>('distributor', 'createShareCode', { target: { kind: 'shop' } }, sharer);
    const next = await createNewUser(rt);
    await rt.ok('referral', 'bindByScene', { scene: code.scene }, next);
    await rt.ok('distributor', 'becomeDistributor', {}, next);
    sharer = next;
  }
  const code = await rt.ok<ShareCode>('distributor', 'createShareCode', { target: { kind: 'shop' } }, sharer);
  const shopper = await createNewUser(rt);
  await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
  return shopper;
}

async function measure(counter: CountingStore, work: () => Promise<unknown>): Promise<number> {
  counter.reset();
  await work();
  return totalOps(counter.counts);
}

/**
 * The same 3-level paid notify on the production adapter, counting the requests it sends to (a fake of) the CloudBase
 * database: inside a transaction a create-if-absent or a compare-and-set needs a read of its document first, unless
 * the transaction already read it, so this is the billed figure behind the store-operation count.
 */
async function cloudbaseRequestsForPaidNotify(): Promise<number> {
  const db = createFakeCloudbaseDb();
  const rt = await createTestRuntime({ wrapStore: () => new CloudbaseStore(db) });
  await setPolicy(rt, 3);
  const shopper = await chain(rt, 3);
  const order = await rt.ok<OrderView>('orders', 'createOrder', { requestId: 'bench-cloudbase-order', lines: [{ skuId: 'p01-s1', quantity: 1 }], address: ADDRESS }, shopper);
  const notify = payNotifyFor((await rt.store.get<OrderDoc>(COLLECTIONS.orders, order.id)) as OrderDoc, rt.now());
  const before = db.calls.requests;
  await invokeFunction(rt, 'payment-callback', notify, { openid: null, source: 'wx_paycallback' });
  const requests = db.calls.requests - before;
  await rt.close();
  return requests;
}

async function setPolicy(rt: TestRuntime, levels: 1 | 2 | 3): Promise<void> {
  const policy = { ...DEFAULT_DISTRIBUTION_POLICY, levels, ratesBps: [toBps(1000), toBps(500), toBps(200)].slice(0, levels), threeLevelAck: levels === 3 ? { byUserId: 'dev_staff', atIso: rt.now().toISOString() } : null };
  const doc: PolicyDoc = { _id: POLICY_DOC_ID, policy, updatedBy: 'dev_staff', updatedAt: rt.now().toISOString() };
  await rt.store.insert(COLLECTIONS.merchant, doc);
}

/** Database operations per action, counted by an instrumented store (CloudBase bills per operation). */
export async function opsPerAction(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const levels of [1, 2, 3] as const) {
    let counter!: CountingStore;
    const rt = await createTestRuntime({ wrapStore: (s) => (counter = new CountingStore(s)) });
    await setPolicy(rt, levels);
    const shopper = await chain(rt, levels);
    let order!: OrderView;
    const create = await measure(counter, async () => {
      order = await rt.ok<OrderView>('orders', 'createOrder', { requestId: `bench-${levels}-order`, lines: [{ skuId: 'p01-s1', quantity: 1 }], address: ADDRESS }, shopper);
    });
    if (levels === 1) rows.push(row('ops', 'create order (1 line)', create, 'ops'));
    // WeChat sends the notify: building it (which reads the order for its amount) is not the shop's cost.
    const notify = payNotifyFor((await rt.store.get<OrderDoc>(COLLECTIONS.orders, order.id)) as OrderDoc, rt.now());
    const paid = () => invokeFunction(rt, 'payment-callback', notify, { openid: null, source: 'wx_paycallback' });
    rows.push(row('ops', `paid notify, ${levels} level${levels > 1 ? 's' : ''}`, await measure(counter, paid), 'ops', levels === 3 ? { max: 12 } : undefined));
    if (levels === 1) {
      await shipAndReceive(rt, order, shopper);
      rt.advance(8 * DAY_MS);
      rows.push(row('ops', 'settle one order (1 entry)', await measure(counter, () => runSettlement(rt)), 'ops'));
      const code = await rt.ok<ShareCode>('distributor', 'createShareCode', { target: { kind: 'shop' } }, 'dev_distributor');
      const newcomer = await createNewUser(rt);
      rows.push(row('ops', 'bind by scene', await measure(counter, () => rt.ok('referral', 'bindByScene', { scene: code.scene }, newcomer)), 'ops'));
    }
    await rt.close();
  }
  rows.push(row('ops', 'paid notify, 3 levels: CloudBase requests (adapter on the fake DB)', await cloudbaseRequestsForPaidNotify(), 'requests'));
  let counter!: CountingStore;
  const rt = await createTestRuntime({ wrapStore: (s) => (counter = new CountingStore(s)) });
  await earnSettledCommission(rt);
  let id = '';
  rows.push(row('ops', 'request withdrawal', await measure(counter, async () => {
    id = (await rt.ok<{ id: string }>('commission', 'requestWithdrawal', { requestId: 'bench-withdraw-1', amountFen: 1000, method: 'WECHAT_CHANGE', account: '' }, 'dev_distributor')).id;
  }), 'ops'));
  rows.push(row('ops', 'approve + pay out withdrawal', await measure(counter, () => rt.ok('finance', 'approveWithdrawal', { withdrawalId: id }, 'dev_staff')), 'ops'));
  await rt.close();
  return rows;
}
