import { createNewUser } from '../../server/seed/personas';
import { buyAndPay } from '../support/distribution-steps';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { createStaff } from '../support/withdrawal-fixtures';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const todo = (openid: string) => rt.ok('staff', 'getAdminTodo', {}, openid);

test('the owner sees every 待办 count; paying an order adds one to 待发货, shipping takes it off', async () => {
  const before = await todo('dev_staff');
  expect(before).toEqual({ toShip: expect.any(Number), afterSales: expect.any(Number), applications: expect.any(Number), withdrawals: expect.any(Number), paymentAlerts: expect.any(Number) });
  const order = await buyAndPay(rt, await createNewUser(rt), 'p01-s1', 1);
  expect((await todo('dev_staff')).toShip).toBe((before.toShip ?? 0) + 1);
  await rt.ok('order-admin', 'shipOrder', { orderId: order.id, carrierCode: 'SF', trackingNo: 'SF1234567890' }, 'dev_staff');
  expect((await todo('dev_staff')).toShip).toBe(before.toShip);
});

test('staff see counts only for what they may open; a shopper sees none', async () => {
  const clerk = await createStaff(rt, ['orders']);
  const mine = await todo(clerk);
  expect(mine.toShip).toEqual(expect.any(Number));
  expect(mine.afterSales).toEqual(expect.any(Number));
  expect([mine.applications, mine.withdrawals, mine.paymentAlerts]).toEqual([null, null, null]);
  expect(await todo('dev_customer')).toEqual({ toShip: null, afterSales: null, applications: null, withdrawals: null, paymentAlerts: null });
});
