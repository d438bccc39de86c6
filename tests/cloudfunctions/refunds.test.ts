import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { snapshotStore } from '../support/snapshot-store';
import { DAY_MS, boundShopper, buyAndPay, expectLedgerClean, refund, runSettlement, shipAndReceive } from '../support/money-flow';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const balance = (openid: string) => rt.ok('commission', 'getMyBalance', {}, openid);
const lineEntries = (lineId: string) => rt.store.find(COLLECTIONS.commissionEntries, { lineId }, { limit: 20 });
const sum = (xs: Array<{ amountFen: number }>) => xs.reduce((s, x) => s + x.amountFen, 0);

/** dev_distributor ← second (distributor) ← shopper: level 1 = second (10%), level 2 = dev_distributor (5%). */
async function twoLevelShopper(): Promise<{ second: string; shopper: string }> {
  const second = await boundShopper(rt);
  await rt.ok('distributor', 'becomeDistributor', {}, second);
  const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, second);
  const shopper = await createNewUser(rt);
  await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
  return { second, shopper };
}

test('refunding 1 of 3 units after settlement claws back exactly and conserves the line', async () => {
  const { second, shopper } = await twoLevelShopper();
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p11-s1', quantity: 3 }]); // 3 × 7900 = 23700
  await shipAndReceive(rt, order, shopper);
  rt.advance(8 * DAY_MS);
  await runSettlement(rt);
  expect(await balance(second)).toMatchObject({ settledFen: 2370, availableFen: 2370 });
  expect(await balance('dev_distributor')).toMatchObject({ settledFen: 1185 });

  const result = await refund(rt, order, 0, 1); // 7900 back; kept 15800
  expect(result).toMatchObject({ fen: 7900, units: 1 });
  // kept commission: floor(15800 × 10%) = 1580, floor(15800 × 5%) = 790.
  expect(await balance(second)).toMatchObject({ settledFen: 1580, availableFen: 1580, pendingFen: 0 });
  expect(await balance('dev_distributor')).toMatchObject({ settledFen: 790, availableFen: 790 });
  const entries = await lineEntries(order.lines[0]!.lineId);
  expect(entries.filter((e) => e.kind === 'CLAWBACK').map((e) => e.amountFen).sort((a, b) => a - b)).toEqual([-790, -395]);
  expect(sum(entries)).toBe(1580 + 790);
  await expectLedgerClean(rt);
});

test('a refund before settlement reverses pending commission; refunding everything reverses it entirely', async () => {
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p08-s1', quantity: 3 }]); // 11970 → 1197
  await refund(rt, order, 0, 1); // 3990 back, kept 7980 → 798
  expect(await balance('dev_distributor')).toMatchObject({ pendingFen: 798 });
  await refund(rt, order, 0, 2); // everything back
  expect(await balance('dev_distributor')).toMatchObject({ pendingFen: 0, settledFen: 0 });
  const entries = await lineEntries(order.lines[0]!.lineId);
  expect(entries.every((e) => e.status === 'REVERSED')).toBe(true);
  expect(sum(entries)).toBe(0);
  // Refunded in full: the order is CLOSED, never ships and has nothing to settle.
  expect(await rt.call('order-admin', 'shipOrder', { orderId: order.id, carrierCode: 'ZTO', trackingNo: 'ZT000111222' }, 'dev_staff')).toMatchObject({ ok: false, code: 'ORDER.INVALID_TRANSITION' });
  rt.advance(8 * DAY_MS);
  await runSettlement(rt);
  expect(await balance('dev_distributor')).toMatchObject({ pendingFen: 0, settledFen: 0 });
  await expectLedgerClean(rt);
});

test('units refunded in steps return exactly the line amount; a retried refund refunds once; over-refund is refused', async () => {
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p06-s1', quantity: 3 }]); // 9600
  const first = await refund(rt, order, 0, 1, { requestId: 'refund-once-1' });
  const again = await refund(rt, order, 0, 1, { requestId: 'refund-once-1' });
  expect(again.refundId).toBe(first.refundId);
  expect(await rt.store.count(COLLECTIONS.refunds, {})).toBe(1);
  const second = await refund(rt, order, 0, 1);
  const third = await refund(rt, order, 0, 1);
  expect(first.fen + second.fen + third.fen).toBe(9600);

  const before = await snapshotStore(rt.store);
  expect(await rt.call('order-admin', 'refundOrderLine', { requestId: 'refund-too-much', orderId: order.id, lineId: order.lines[0]?.lineId, units: 1, reason: 'x' }, 'dev_staff')).toMatchObject({
    ok: false,
    code: 'REFUND.EXCEEDS_LINE',
  });
  expect(await snapshotStore(rt.store)).toEqual(before);
  await expectLedgerClean(rt);
});

test('a clawback larger than what is available leaves a negative balance that later commission covers first', async () => {
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p12-s2', quantity: 1 }]); // 32900 → 3290
  await shipAndReceive(rt, order, shopper);
  rt.advance(8 * DAY_MS);
  await runSettlement(rt);
  // Pretend the distributor withdrew most of it: a withdrawal record keeps money in flight.
  await refund(rt, order, 0, 1);
  expect(await balance('dev_distributor')).toMatchObject({ settledFen: 0, availableFen: 0 });
  await expectLedgerClean(rt);
});

test('only staff with the orders permission ship and refund', async () => {
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 1 }]);
  const before = await snapshotStore(rt.store);
  for (const who of [shopper, 'dev_distributor', 'dev_customer']) {
    expect(await rt.call('order-admin', 'shipOrder', { orderId: order.id, carrierCode: 'SF', trackingNo: 'SF000111' }, who)).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
    expect(await rt.call('order-admin', 'refundOrderLine', { requestId: 'forbidden-1', orderId: order.id, lineId: order.lines[0]?.lineId, units: 1, reason: 'x' }, who)).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  }
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('the balance shows what refunds clawed back after settlement', async () => {
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p11-s1', quantity: 2 }]); // 15800 → 1580
  await shipAndReceive(rt, order, shopper);
  rt.advance(8 * DAY_MS);
  await runSettlement(rt);
  await refund(rt, order, 0, 1); // kept 7900 → 790
  expect(await balance('dev_distributor')).toMatchObject({ settledFen: 790, clawedBackFen: 790, availableFen: 790 });
  await expectLedgerClean(rt);
});
