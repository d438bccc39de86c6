import { createWechatPlatform } from '../../cloudfunctions/shared/kernel/platform/wechat-platform';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { createNewUser } from '../../server/seed/personas';
import { installFakeGateway, payReply, WECHAT_PAY, type FakeGateway, type GatewayCall } from '../support/fake-cloudbase-gateway';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

/**
 * The reconcile timer with WeChat Pay behind the real wx-server-sdk: the replies are WeChat Pay's documented ones
 * for orders the payer never opened (ORDERNOTEXIST), closed orders, and orders WeChat cannot answer about.
 */
let rt: TestRuntime;
let gw: FakeGateway;
beforeEach(async () => {
  rt = await createTestRuntime();
  gw = installFakeGateway();
  process.env.WX_SUB_MCH_ID = '1900000109';
  const wechat = createWechatPlatform(gw.cloud);
  Object.assign(rt.platform, { queryOrder: wechat.queryOrder, closeOrder: wechat.closeOrder });
});
afterEach(async () => {
  gw.restore();
  delete process.env.WX_SUB_MCH_ID;
  await rt.close();
});

const MINUTE = 60_000;
const newOrder = (buyer = 'dev_customer') => rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p11-s1', quantity: 1 }], address: ADDRESS }, buyer);
const reconcile = async () => ((await invokeFunction(rt, 'reconcile', {}, { openid: null, source: 'wx_trigger' })) as { data: Record<string, number> }).data;
const status = async (id: string) => (await rt.store.get(COLLECTIONS.orders, id))?.status;
const stock = async () => (await rt.store.get(COLLECTIONS.skus, 'p11-s1'))!.stock;
const tradeNo = (call: GatewayCall) => String(call.data.out_trade_no);

test('an order that never reached WeChat Pay is cancelled after its deadline, its stock returned', async () => {
  const start = await stock();
  const order = await newOrder();
  gw.answer('queryOrder', payReply(WECHAT_PAY.fail('ORDERNOTEXIST', '此交易订单号不存在')));
  gw.answer('closeOrder', payReply(WECHAT_PAY.fail('ORDERNOTEXIST', '订单不存在')));
  rt.advance(6 * MINUTE);
  expect(await reconcile()).toMatchObject({ checked: 1, cancelled: 0, errors: 0 }); // before the deadline: left alone
  rt.advance(24 * 60 * MINUTE);
  expect(await reconcile()).toMatchObject({ checked: 1, cancelled: 1, errors: 0 });
  expect(await status(order.id)).toBe('CANCELLED');
  expect(await stock()).toBe(start);
});

test('an order WeChat Pay already closed is cancelled although closing it again is refused as 订单已关闭', async () => {
  const order = await newOrder();
  gw.answer('queryOrder', payReply(WECHAT_PAY.ok({ trade_state: 'CLOSED', trade_state_desc: '订单已关闭' })));
  gw.answer('closeOrder', payReply(WECHAT_PAY.fail('ORDERCLOSED', '订单已关闭')));
  rt.advance(25 * 60 * MINUTE);
  expect(await reconcile()).toMatchObject({ checked: 1, cancelled: 1, errors: 0 });
  expect(await status(order.id)).toBe('CANCELLED');
});

test('orders WeChat cannot answer about never block the ones behind them: every due order is reached across runs', async () => {
  const stuck: string[] = [];
  // A buyer holds at most 5 unpaid orders: the 101 come from 21 buyers.
  const buyers = await Promise.all(Array.from({ length: 21 }, () => createNewUser(rt)));
  for (let i = 0; i < 101; i += 1) stuck.push((await newOrder(buyers[i % buyers.length])).id);
  rt.advance(MINUTE);
  const newest = await newOrder();
  // WeChat answers SYSTEMERROR for the 101 oldest every time; the newest was never paid.
  gw.answer('queryOrder', (call) => payReply(tradeNo(call) === newest.id ? WECHAT_PAY.fail('ORDERNOTEXIST', '此交易订单号不存在') : WECHAT_PAY.fail('SYSTEMERROR', '系统错误')));
  gw.answer('closeOrder', payReply(WECHAT_PAY.ok()));
  rt.advance(25 * 60 * MINUTE);
  // Two runs of 100 cover all 102 due orders, whatever their order in the store.
  await reconcile();
  await reconcile();
  expect(await status(newest.id)).toBe('CANCELLED');
  // …and the stuck ones are still asked about (nothing was cancelled without an answer).
  expect(await status(stuck[0]!)).toBe('PENDING_PAY');
  const asked = new Set(gw.calls.filter((c) => c.api === 'queryOrder').map(tradeNo));
  expect(stuck.every((id) => asked.has(id))).toBe(true);
}, 60_000);
