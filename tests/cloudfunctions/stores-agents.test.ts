import type { AgentView } from '../../src/contracts/stores';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { AGENT_LEVEL } from '../../src/domain/o2o/agent-commission';
import { savePolicy } from '../support/distribution-steps';
import { boundShopper, buyAndPay, DAY_MS, expectLedgerClean, refund, runSettlement, shipAndReceive } from '../support/money-flow';
import { createPickupOrder, OWNER, payOrder, storeWithStaff } from '../support/o2o-steps';
import { snapshotStore } from '../support/snapshot-store';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { aWithdrawalRequestId } from '../support/withdrawal-fixtures';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const balance = (openid: string) => rt.ok('commission', 'getMyBalance', {}, openid);
const lineEntries = (lineId: string) => rt.store.find(COLLECTIONS.commissionEntries, { lineId }, { limit: 20 });
const ZJ = { province: '浙江省', city: null, district: null };
const HZ = { province: '浙江省', city: '杭州市', district: null };

async function appoint(region: typeof ZJ | typeof HZ, rateBps: number, userId?: string): Promise<{ agent: string; view: AgentView }> {
  const agent = userId ?? (await createNewUser(rt));
  return { agent, view: await rt.ok('store-admin', 'saveAgent', { userId: agent, region, rateBps }, OWNER) };
}

test('an order shipped into the agent’s region pays the agent its rate on top of the chain; elsewhere it pays nothing', async () => {
  const { agent } = await appoint(ZJ, 300);
  expect(await rt.store.get(COLLECTIONS.distributors, agent)).toMatchObject({ status: 'ACTIVE' });
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 2 }]); // 7980, address in 浙江省 杭州市
  expect(await balance('dev_distributor')).toMatchObject({ pendingFen: 798 });
  expect(await balance(agent)).toMatchObject({ pendingFen: 239 });
  const entries = await lineEntries(order.lines[0]!.lineId);
  expect(entries.find((e) => e.beneficiaryId === agent)).toMatchObject({ kind: 'COMMISSION', level: AGENT_LEVEL, amountFen: 239, basis: { kind: 'RATE', rateBps: 300 } });

  const elsewhere = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p01-s1', quantity: 1 }], address: { ...ADDRESS, region: '广东省 深圳市 南山区' } }, shopper);
  await payOrder(rt, elsewhere.id);
  expect(await balance(agent)).toMatchObject({ pendingFen: 239 });
  // The agent's own orders earn them nothing as agent.
  const own = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p01-s1', quantity: 1 }], address: ADDRESS }, agent);
  await payOrder(rt, own.id);
  expect(await balance(agent)).toMatchObject({ pendingFen: 239 });

  const report = await rt.ok('store-admin', 'getRegionReport', {}, OWNER);
  expect(report).toEqual([expect.objectContaining({ region: ZJ, orders: 1, commissionFen: 239 })]);
  await expectLedgerClean(rt);
});

test('a pickup order counts in the store’s region; its staff member and the agent both earn; the store report shows it', async () => {
  const { agent } = await appoint(HZ, 200);
  const { store, clerk, code } = await storeWithStaff(rt);
  const shopper = await createNewUser(rt);
  await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
  // The shipping address is elsewhere; the goods are picked up in 杭州.
  const order = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p06-s1', quantity: 1 }], address: { ...ADDRESS, region: '上海市 上海市 黄浦区' }, delivery: { kind: 'PICKUP', storeId: store.id } }, shopper);
  await payOrder(rt, order.id);
  expect(await balance(clerk)).toMatchObject({ pendingFen: 320 });
  expect(await balance(agent)).toMatchObject({ pendingFen: 64 });
  const [row] = await rt.ok('store-admin', 'getStoreReport', {}, OWNER);
  expect(row).toMatchObject({ storeId: store.id, salesFen: 3200, paidOrders: 1, pickupsWaiting: 1, pickupsVerified: 0, newMembers: 1 });
  expect(await rt.call('store-admin', 'getStoreReport', {}, 'dev_distributor')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  await createPickupOrder(rt, shopper, store.id, [{ skuId: 'p06-s1', quantity: 1 }]);
  expect((await rt.ok('store-admin', 'getStoreReport', {}, OWNER))[0]).toMatchObject({ paidOrders: 1 });
});

test('an activity order pays the agent only if the activity pays the chain', async () => {
  const { agent } = await appoint(ZJ, 300);
  const shopper = await boundShopper(rt);
  const window = { startAt: '2026-11-20T00:00:00.000Z', endAt: '2026-11-30T00:00:00.000Z' };
  for (const paysCommission of [false, true]) {
    const sale = await rt.ok('activity-admin', 'saveFlashSale', { requestId: aRequestId(), skuId: 'p06-s1', ...window, priceFen: 2000, stockTotal: 10, perUserLimit: null, paysCommission }, OWNER);
    const order = await rt.ok('activities', 'buyFlashSale', { requestId: aRequestId(), saleId: sale.id, quantity: 1, address: ADDRESS }, shopper);
    await payOrder(rt, order.id);
    const entries = await rt.store.find(COLLECTIONS.commissionEntries, { orderId: order.id }, { limit: 10, orderBy: [{ field: '_id', direction: 'asc' }] });
    expect(entries.map((e) => [e.beneficiaryId === agent ? 'agent' : e.level, e.amountFen])).toEqual(paysCommission ? [[1, 200], ['agent', 60]] : []);
  }
  await expectLedgerClean(rt);
});

test('overlapping regions are refused; a rate that with the chain would exceed 100% is refused; both write nothing', async () => {
  await appoint(ZJ, 300);
  const before = await snapshotStore(rt.store);
  const other = 'dev_customer';
  expect(await rt.call('store-admin', 'saveAgent', { userId: other, region: HZ, rateBps: 300 }, OWNER)).toMatchObject({ ok: false, code: 'STORE.REGION_CONFLICT' });
  expect(await rt.call('store-admin', 'saveAgent', { userId: other, region: ZJ, rateBps: 300 }, OWNER)).toMatchObject({ ok: false, code: 'STORE.REGION_CONFLICT' });
  // Default chain: 10% + 5%; 85.01% more would pay out more than the shopper paid.
  expect(await rt.call('store-admin', 'saveAgent', { userId: other, region: { province: '江苏省', city: null, district: null }, rateBps: 8501 }, OWNER)).toMatchObject({ ok: false, code: 'COMPLIANCE.AGENT_RATE_OVER_CAP' });
  expect(await rt.call('store-admin', 'saveAgent', { userId: other, region: HZ, rateBps: 300 }, 'dev_distributor')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  expect(await snapshotStore(rt.store)).toEqual(before);
  // A revoked region is free again.
  const [current] = await rt.ok('store-admin', 'listAgents', {}, OWNER);
  expect(await rt.ok('store-admin', 'removeAgent', { agentId: current!.id }, OWNER)).toEqual({ removed: true });
  expect(await rt.ok('store-admin', 'removeAgent', { agentId: current!.id }, OWNER)).toEqual({ removed: false });
  await appoint(ZJ, 500, other);
  expect((await rt.ok('store-admin', 'listAgents', {}, OWNER)).map((a) => [a.region, a.userId, a.rateBps])).toEqual([[ZJ, other, 500]]);
});

test('two overlapping appointments at once: exactly one region is taken', async () => {
  const [a, b] = [await createNewUser(rt), await createNewUser(rt)];
  const results = await Promise.all([
    rt.call('store-admin', 'saveAgent', { userId: a, region: ZJ, rateBps: 300 }, OWNER),
    rt.call('store-admin', 'saveAgent', { userId: b, region: HZ, rateBps: 300 }, OWNER),
  ]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, code: expect.stringMatching(/^STORE\.(REGION_CONFLICT|BUSY)$/) });
  expect(await rt.ok('store-admin', 'listAgents', {}, OWNER)).toHaveLength(1);
});

test('the cap holds per line: with 85% agent on a 10% + 5% chain the line pays exactly what was paid, no more', async () => {
  const { agent } = await appoint(ZJ, 8500);
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p06-s1', quantity: 3 }]); // 9600
  const entries = await lineEntries(order.lines[0]!.lineId);
  expect(entries.reduce((s, e) => s + e.amountFen, 0)).toBe(9600 * 0.1 + 9600 * 0.85);
  expect(await balance(agent)).toMatchObject({ pendingFen: 8160 });
  // A later, richer policy cannot push a line over what was paid: the agent gets what the chain left.
  await savePolicy(rt, { ratesBps: [2000, 1000] as never });
  const second = await buyAndPay(rt, shopper, [{ skuId: 'p06-s1', quantity: 1 }]); // 3200: chain 640, agent min(2720, 2560)
  const secondEntries = await lineEntries(second.lines[0]!.lineId);
  expect(secondEntries.reduce((s, e) => s + e.amountFen, 0)).toBe(3200);
  expect(secondEntries.find((e) => e.level === AGENT_LEVEL)?.amountFen).toBe(2560);
  await expectLedgerClean(rt);
});

test('refunds reverse the agent’s pending commission and claw back settled commission; the ledger stays clean', async () => {
  const { agent } = await appoint(ZJ, 300);
  const shopper = await boundShopper(rt);
  const pending = await buyAndPay(rt, shopper, [{ skuId: 'p06-s1', quantity: 3 }]); // 9600 → agent 288
  await refund(rt, pending, 0, 3);
  expect(await balance(agent)).toMatchObject({ pendingFen: 0, settledFen: 0 });
  const reversed = (await lineEntries(pending.lines[0]!.lineId)).filter((e) => e.beneficiaryId === agent);
  expect(reversed.every((e) => e.status === 'REVERSED')).toBe(true);

  const settled = await buyAndPay(rt, shopper, [{ skuId: 'p06-s1', quantity: 3 }]);
  await shipAndReceive(rt, settled, shopper);
  rt.advance(8 * DAY_MS);
  await runSettlement(rt);
  expect(await balance(agent)).toMatchObject({ settledFen: 288, availableFen: 288 });
  await refund(rt, settled, 0, 1); // kept 6400 → 192
  expect(await balance(agent)).toMatchObject({ settledFen: 192, availableFen: 192 });
  const clawback = (await lineEntries(settled.lines[0]!.lineId)).find((e) => e.beneficiaryId === agent && e.kind === 'CLAWBACK');
  expect(clawback).toMatchObject({ amountFen: -96, level: AGENT_LEVEL });
  await expectLedgerClean(rt);

  // Agent earnings leave through the same withdrawal flow as any distributor's.
  const withdrawal = await rt.ok('commission', 'requestWithdrawal', { requestId: aWithdrawalRequestId(), amountFen: 192, method: 'WECHAT_CHANGE', account: '' }, agent);
  expect(withdrawal).toMatchObject({ status: 'REQUESTED', amountFen: 192 });
  expect(await balance(agent)).toMatchObject({ availableFen: 0, inWithdrawalFen: 192 });
  await expectLedgerClean(rt);
});

test('an agent removed after the order was placed earns nothing when it is paid afterwards; an agent holding the region again earns at the order’s rate', async () => {
  const { agent, view } = await appoint(ZJ, 300);
  const shopper = await boundShopper(rt);
  const placed = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p06-s1', quantity: 1 }], address: ADDRESS }, shopper);
  const placedAgain = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p06-s1', quantity: 1 }], address: ADDRESS }, shopper);
  expect(await rt.ok('store-admin', 'removeAgent', { agentId: view.id }, OWNER)).toEqual({ removed: true });
  await payOrder(rt, placed.id);
  expect(await balance(agent)).toMatchObject({ pendingFen: 0 });
  expect(await rt.store.count(COLLECTIONS.commissionEntries, { orderId: placed.id, beneficiaryId: agent })).toBe(0);
  // The chain still earns as before (3200 × 10%).
  expect(await balance('dev_distributor')).toMatchObject({ pendingFen: 320 });

  // Appointed again for the region (a new record): an order placed before that still pays the agent of its snapshot.
  await appoint(ZJ, 200, agent);
  await payOrder(rt, placedAgain.id);
  expect(await balance(agent)).toMatchObject({ pendingFen: 96 });
  await expectLedgerClean(rt);
});
