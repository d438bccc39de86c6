import { CloudbaseStore } from '../../cloudfunctions/shared/kernel/store/cloudbase-store';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createFakeCloudbaseDb, type FakeCloudbaseDb } from '../support/fake-cloudbase-db';
import { DAY_MS, boundShopper, buyAndPay, expectLedgerClean, refund, runSettlement, shipAndReceive } from '../support/money-flow';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { aWithdrawalRequestId } from '../support/withdrawal-fixtures';

let rt: TestRuntime;
let db: FakeCloudbaseDb;
beforeEach(async () => {
  db = createFakeCloudbaseDb();
  rt = await createTestRuntime({ wrapStore: () => new CloudbaseStore(db) });
});
afterEach(() => rt.close());

/** The production adapter under the whole money flow, not only the contract: same handlers, fake CloudBase DB. */
test('on the CloudBase adapter: buy, pay, ship, settle, refund and withdraw keep the ledger clean', async () => {
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p11-s1', quantity: 3 }]);
  expect((await rt.store.get(COLLECTIONS.orders, order.id))?.status).toBe('PAID');
  await shipAndReceive(rt, order, shopper);
  rt.advance(8 * DAY_MS);
  expect(await runSettlement(rt)).toMatchObject({ settledOrders: 1 });
  await refund(rt, order, 0, 1);
  const w = await rt.ok('commission', 'requestWithdrawal', { requestId: aWithdrawalRequestId(), method: 'MANUAL', account: '线下', amountFen: 100 }, 'dev_distributor');
  await rt.ok('finance', 'approveWithdrawal', { withdrawalId: w.id }, 'dev_staff');
  await expectLedgerClean(rt);
  expect(db.calls.getWithoutLimit).toBe(0);
  expect(db.calls.transactionCommits).toBeGreaterThan(5);
});

test('on the CloudBase adapter: a pay notify whose transaction conflicts once is applied exactly once', async () => {
  const order = await rt.ok('orders', 'createOrder', { requestId: 'conflict-req-0001', lines: [{ skuId: 'p11-s1', quantity: 1 }], address: { name: '张三', phone: '13800138000', region: '浙江省 杭州市 西湖区', detail: '文三路 100 号' } }, 'dev_customer');
  db.injectConflicts(1);
  expect(await rt.pay(order.id)).toMatchObject({ errcode: 0, errmsg: 'PAID' });
  expect(db.dump(COLLECTIONS.orders).find((o) => o._id === order.id)).toMatchObject({ status: 'PAID', transactionId: `4200${order.id}` });
  await expectLedgerClean(rt);
});
