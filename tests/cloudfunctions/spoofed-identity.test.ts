import type { OrderView } from '../../src/contracts/orders';
import type { DistributorPanel } from '../../src/contracts/distributor';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { snapshotStore } from '../support/snapshot-store';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

test.each([
  ['openid', { openid: 'dev_staff' }],
  ['price', { price: 1 }],
  ['role', { role: 'owner' }],
  ['priceFen on a line', { lines: [{ skuId: 'p01-s1', quantity: 1, priceFen: 1 }] }],
])('a createOrder payload carrying %s is refused and writes nothing', async (_name, extra) => {
  const before = await snapshotStore(rt.store);
  const payload = { requestId: aRequestId(), lines: [{ skuId: 'p01-s1', quantity: 1 }], address: ADDRESS, ...extra };
  const res = await rt.call('orders', 'createOrder', payload, 'dev_customer');
  expect(res).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('identity fields outside the payload are ignored: the caller is who the platform says, the price is the catalogue’s', async () => {
  const event = {
    action: 'createOrder',
    payload: { requestId: aRequestId(), lines: [{ skuId: 'p01-s1', quantity: 1 }], address: ADDRESS },
    openid: 'dev_staff',
    role: 'owner',
    price: 1,
    userInfo: { openId: 'dev_staff', appId: 'x' },
  };
  const res = (await invokeFunction(rt, 'orders', event, { openid: 'dev_customer', source: 'wx_client' })) as { ok: true; data: OrderView };
  expect(res.ok).toBe(true);
  expect(res.data.totalFen).toBe(3990);
  const stored = await rt.store.get(COLLECTIONS.orders, res.data.id);
  expect(stored?.buyerId).toBe('dev_customer');
  // The staff persona sees no such order.
  expect(await rt.call('orders', 'getOrder', { orderId: res.data.id }, 'dev_staff')).toMatchObject({ ok: false, code: 'ORDER.NOT_FOUND' });

  const panel = await invokeFunction(rt, 'distributor', { action: 'getMyPanel', payload: {}, openid: 'dev_distributor' }, { openid: 'dev_customer', source: 'wx_client' });
  expect((panel as { data: DistributorPanel }).data).toMatchObject({ nickname: '张顾客', distributor: null });
});

test('without a platform identity no action runs', async () => {
  const before = await snapshotStore(rt.store);
  const res = await rt.call('distributor', 'becomeDistributor', {}, null);
  expect(res).toMatchObject({ ok: false, code: 'AUTH.NO_IDENTITY' });
  expect(await snapshotStore(rt.store)).toEqual(before);
});
