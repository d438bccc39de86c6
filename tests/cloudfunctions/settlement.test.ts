import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { DAY_MS, boundShopper, buyAndPay, expectLedgerClean, runSettlement, shipAndReceive } from '../support/money-flow';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const balance = (openid: string) => rt.ok('commission', 'getMyBalance', {}, openid);

test('commission settles only after receipt plus the freeze days (default 7), exactly once', async () => {
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p01-s2', quantity: 1 }]); // 6990 → 699
  expect(await balance('dev_distributor')).toMatchObject({ pendingFen: 699, settledFen: 0, availableFen: 0 });

  expect((await runSettlement(rt)).settledOrders).toBe(0); // not received
  await shipAndReceive(rt, order, shopper);
  rt.advance(7 * DAY_MS - 1000);
  expect((await runSettlement(rt)).settledOrders).toBe(0); // freeze not over
  rt.advance(2000);
  expect(await runSettlement(rt)).toMatchObject({ settledOrders: 1, settledEntries: 1 });
  expect(await runSettlement(rt)).toMatchObject({ settledOrders: 0 });
  expect(await balance('dev_distributor')).toMatchObject({ pendingFen: 0, settledFen: 699, availableFen: 699 });
  expect((await rt.ok('orders', 'getOrder', { orderId: order.id }, shopper)).status).toBe('COMPLETED');
  await expectLedgerClean(rt);
});

test('an open after-sale request holds settlement until staff decide', async () => {
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p05-s1', quantity: 2 }]);
  await shipAndReceive(rt, order, shopper);
  const request = await rt.ok('orders', 'requestAfterSale', { requestId: 'as-settle-1', orderId: order.id, lineId: order.lines[0]?.lineId as string, kind: 'RETURN_REFUND', units: 1, reason: 'DAMAGED' }, shopper);
  rt.advance(8 * DAY_MS);
  expect(await runSettlement(rt)).toMatchObject({ settledOrders: 0, skippedOpenAfterSale: 1 });
  await rt.ok('order-admin', 'rejectAfterSale', { afterSaleId: request.id, reason: '不影响使用' }, 'dev_staff');
  expect(await runSettlement(rt)).toMatchObject({ settledOrders: 1 });
  await expectLedgerClean(rt);
});

test('the after-sale window closes afterSaleDays after receipt', async () => {
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p06-s1', quantity: 1 }]);
  await shipAndReceive(rt, order, shopper);
  rt.advance(8 * DAY_MS);
  expect(await rt.call('orders', 'requestAfterSale', { requestId: 'as-late-1', orderId: order.id, lineId: order.lines[0]?.lineId, kind: 'RETURN_REFUND', units: 1, reason: 'SEVEN_DAYS' }, shopper)).toMatchObject({
    ok: false,
    code: 'ORDER.AFTER_SALE_CLOSED',
  });
});

test('ten duplicate pay notifies and settlement runs in parallel: one set of entries, settled once', async () => {
  const shopper = await boundShopper(rt);
  // An already-received order that is due, so settlement has real work while the notifies race.
  const earlier = await buyAndPay(rt, shopper, [{ skuId: 'p03-s1', quantity: 1 }]);
  await shipAndReceive(rt, earlier, shopper);
  rt.advance(8 * DAY_MS);
  const order = await rt.ok('orders', 'createOrder', { requestId: 'race-request-1', lines: [{ skuId: 'p07-s2', quantity: 1 }], address: { name: '李四', phone: '13700000000', region: '上海市', detail: '人民路 1 号' } }, shopper);
  const notify = { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: order.id, transactionId: `4200${order.id}`, totalFee: order.totalFen };
  await Promise.all([
    ...Array.from({ length: 10 }, () => invokeFunction(rt, 'payment-callback', notify, { openid: null, source: 'wx_paycallback' })),
    runSettlement(rt),
    runSettlement(rt),
  ]);
  const entries = await rt.store.find(COLLECTIONS.commissionEntries, { orderId: order.id }, { limit: 10 });
  expect(entries).toHaveLength(1);
  const earlierEntries = await rt.store.find(COLLECTIONS.commissionEntries, { orderId: earlier.id }, { limit: 10 });
  expect(earlierEntries.map((e) => e.status)).toEqual(['SETTLED']);
  expect(await balance('dev_distributor')).toMatchObject({ pendingFen: 1090, settledFen: 299 });
  await expectLedgerClean(rt);
});

test('settlement works through many due orders in bounded batches and is not callable by clients', async () => {
  const shopper = await boundShopper(rt);
  for (let i = 0; i < 7; i++) {
    const order = await buyAndPay(rt, shopper, [{ skuId: 'p09-s1', quantity: 1 }]);
    await shipAndReceive(rt, order, shopper);
  }
  rt.advance(8 * DAY_MS);
  const { settleDueCommissions } = await import('../../cloudfunctions/shared/flows/settlement/settle-due-commissions');
  expect(await settleDueCommissions({ store: rt.store, now: rt.now(), log: rt.log }, { batchSize: 3 })).toMatchObject({ settledOrders: 7, batches: 3 });
  expect(await rt.call('settlement', 'anything', {}, 'dev_staff')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  expect(await rt.call('order-admin', 'runSettlement', {}, 'dev_customer')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  await expectLedgerClean(rt);
});
