import { buyAndPay } from '../support/money-flow';
import { createPickupOrder, createStore, payOrder } from '../support/o2o-steps';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const HOUR_MS = 3600_000;

test('a shipped order shows carrier, number and the track (local: simulated, advancing with the clock); only its buyer reads it', async () => {
  const order = await buyAndPay(rt, 'dev_customer', [{ skuId: 'p01-s1', quantity: 1 }]);
  expect(await rt.call('orders', 'getOrderTracking', { orderId: order.id }, 'dev_customer')).toMatchObject({ ok: false, code: 'ORDER.NO_TRACKING' });
  await rt.ok('order-admin', 'shipOrder', { orderId: order.id, carrierCode: 'ZTO', trackingNo: 'ZT7700112233' }, 'dev_staff');
  const shippedAt = rt.now().toISOString();

  const first = await rt.ok('orders', 'getOrderTracking', { orderId: order.id }, 'dev_customer');
  expect(first).toMatchObject({ carrierCode: 'ZTO', carrier: '中通快递', trackingNo: 'ZT7700112233', shippedAt, source: 'SIMULATED', unavailable: null });
  expect(first.nodes.map((n) => n.stage)).toEqual(['PICKED_UP']);
  rt.advance(40 * HOUR_MS);
  const later = await rt.ok('orders', 'getOrderTracking', { orderId: order.id }, 'dev_customer');
  expect(later.nodes[0]).toMatchObject({ stage: 'SIGNED' });
  expect(later.nodes[0]?.text).toContain('浙江省 杭州市 西湖区');

  expect(await rt.call('orders', 'getOrderTracking', { orderId: order.id }, 'dev_distributor')).toMatchObject({ ok: false, code: 'ORDER.NOT_FOUND' });
});

test('a pickup order has no parcel: its page shows the store and code instead', async () => {
  const store = await createStore(rt);
  const order = await createPickupOrder(rt, 'dev_customer', store.id, [{ skuId: 'p01-s1', quantity: 1 }]);
  await payOrder(rt, order.id);
  expect(await rt.call('orders', 'getOrderTracking', { orderId: order.id }, 'dev_customer')).toMatchObject({ ok: false, code: 'ORDER.NO_TRACKING', message: '门店自提订单没有物流信息' });
});
