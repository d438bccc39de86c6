import type { FnPayload } from '../../src/contracts/api/apis';
import type { OrderView } from '../../src/contracts/orders';
import type { ShippingInfoInput, SubscribeMessageInput } from '../../cloudfunctions/shared/kernel/platform/platform';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { newUserDoc } from '../../cloudfunctions/shared/flows/users/ensure-user';
import { buyAndPay } from '../support/money-flow';
import { aWithdrawalRequestId, earnSettledCommission } from '../support/withdrawal-fixtures';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
let sent: SubscribeMessageInput[];
beforeEach(async () => {
  rt = await createTestRuntime();
  sent = [];
  rt.platform.sendSubscribeMessage = async (input) => (sent.push(input), { ok: true });
});
afterEach(() => rt.close());

const accept = (openid: string, accepted: FnPayload<'orders', 'recordSubscriptions'>['accepted']) => rt.ok('orders', 'recordSubscriptions', { accepted }, openid);
const quota = async (openid: string, template: string) => (await rt.store.get(COLLECTIONS.subscriptions, `${openid}:${template}`))?.remaining ?? 0;
const outbox = () => rt.store.find(COLLECTIONS.outbox, {}, { limit: 100 });

test('a message goes out only against an accepted send, once per event, and uses up the send', async () => {
  await buyAndPay(rt, 'dev_customer', [{ skuId: 'p11-s1', quantity: 1 }]); // nothing accepted yet
  expect(sent).toEqual([]);
  expect(await outbox()).toEqual([]); // no accepted send: nothing tried, nothing written

  expect(await accept('dev_customer', ['ORDER_PAID', 'ORDER_PAID', 'ORDER_SHIPPED'])).toEqual({ recorded: ['ORDER_PAID', 'ORDER_SHIPPED'] });
  const order = await buyAndPay(rt, 'dev_customer', [{ skuId: 'p11-s1', quantity: 1 }]);
  expect(sent).toEqual([expect.objectContaining({ openid: 'dev_customer', template: 'ORDER_PAID', page: expect.stringContaining(`orderId=${order.id}`) })]);
  expect(sent[0]!.data).toMatchObject({ orderNo: order.id, amount: expect.stringMatching(/^¥/) });
  expect(await quota('dev_customer', 'ORDER_PAID')).toBe(0);
  expect(await rt.pay(order.id)).toMatchObject({ errcode: 0 }); // a repeated notify sends nothing more
  expect(sent).toHaveLength(1);
});

test('accepting a send marks the user, so a paid notice reads no quota for one who never did; older records without the mark are still asked', async () => {
  expect(await rt.store.get(COLLECTIONS.users, 'dev_customer')).toMatchObject({ noticesAccepted: false });
  await accept('dev_customer', ['ORDER_PAID']);
  expect(await rt.store.get(COLLECTIONS.users, 'dev_customer')).toMatchObject({ noticesAccepted: true });
  // A record written before the mark existed: unknown, so its quota is read and the send goes out.
  const { noticesAccepted: _none, ...older } = newUserDoc('legacy_buyer', '老顾客', rt.now());
  await rt.store.insert(COLLECTIONS.users, older);
  await rt.store.insert(COLLECTIONS.subscriptions, { _id: 'legacy_buyer:ORDER_PAID', userId: 'legacy_buyer', template: 'ORDER_PAID', remaining: 1, updatedAt: rt.now().toISOString() });
  await buyAndPay(rt, 'legacy_buyer', [{ skuId: 'p11-s1', quantity: 1 }]);
  expect(sent).toEqual([expect.objectContaining({ openid: 'legacy_buyer', template: 'ORDER_PAID' })]);
});

test('shipping sends the buyer a message and uploads the shipping info once; failures are recorded, not thrown', async () => {
  const uploads: ShippingInfoInput[] = [];
  rt.platform.uploadShippingInfo = async (input) => (uploads.push(input), { ok: false, reason: '10060001 支付单不存在' });
  await accept('dev_customer', ['ORDER_SHIPPED']);
  rt.platform.sendSubscribeMessage = async (input) => (sent.push(input), { ok: false, reason: '40037 template id invalid' });
  const order: OrderView = await buyAndPay(rt, 'dev_customer', [{ skuId: 'p11-s1', quantity: 2 }]);
  const shipped = await rt.call<OrderView>('order-admin', 'shipOrder', { orderId: order.id, carrierCode: 'SF', trackingNo: 'SF1234567890' }, 'dev_staff');
  expect(shipped).toMatchObject({ ok: true, data: { status: 'SHIPPED' } });
  expect(uploads).toEqual([expect.objectContaining({ transactionId: `4200${order.id}`, openid: 'dev_customer', trackingNo: 'SF1234567890', receiverContact: '138****8000' })]);
  expect(sent.map((s) => s.template)).toEqual(['ORDER_SHIPPED']);
  const box = await outbox();
  expect(box.find((o) => o._id === `ship:${order.id}`)).toMatchObject({ state: 'FAILED', reason: '10060001 支付单不存在' });
  expect(box.find((o) => o.template === 'ORDER_SHIPPED')).toMatchObject({ state: 'FAILED' });
  // The send did not happen, so the accepted send is still there; 43101 (WeChat: none left) would use it up.
  expect(await quota('dev_customer', 'ORDER_SHIPPED')).toBe(1);
});

test('a platform that throws never fails the business call', async () => {
  rt.platform.sendSubscribeMessage = async () => {
    throw new Error('network down');
  };
  await accept('dev_customer', ['ORDER_PAID']);
  const order = await buyAndPay(rt, 'dev_customer', [{ skuId: 'p11-s1', quantity: 1 }]);
  expect(order.id).toBeTruthy();
  expect(rt.errors.some((e) => e.includes('notice failed'))).toBe(true);
});

test('settled commission and a withdrawal result reach the distributor', async () => {
  await accept('dev_distributor', ['COMMISSION_SETTLED', 'WITHDRAWAL_RESULT']);
  await earnSettledCommission(rt);
  expect(sent.filter((s) => s.openid === 'dev_distributor').map((s) => s.template)).toEqual(['COMMISSION_SETTLED']);
  const w = await rt.ok('commission', 'requestWithdrawal', { requestId: aWithdrawalRequestId(), method: 'WECHAT_CHANGE', account: '', amountFen: 100 }, 'dev_distributor');
  await rt.ok('finance', 'rejectWithdrawal', { withdrawalId: w.id, reason: '信息有误' }, 'dev_staff');
  expect(sent.filter((s) => s.openid === 'dev_distributor').map((s) => [s.template, s.data.status])).toEqual([
    ['COMMISSION_SETTLED', undefined],
    ['WITHDRAWAL_RESULT', '未通过'],
  ]);
});

test('the client gets the configured template ids and cannot report an unknown template', async () => {
  expect(await rt.ok('orders', 'getSubscribeTemplates', {}, 'dev_customer')).toMatchObject({ ORDER_PAID: expect.any(String) });
  expect(await rt.call('orders', 'recordSubscriptions', { accepted: ['NOPE'] }, 'dev_customer')).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
});
