import type { ShareCode } from '../../src/contracts/distributor';
import type { OrderView } from '../../src/contracts/orders';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

async function shareProduct(sharer: string, productId: string): Promise<ShareCode> {
  return rt.ok('distributor', 'createShareCode', { target: { kind: 'product', productId } }, sharer);
}

async function buy(buyer: string, skuId: string, quantity: number): Promise<OrderView> {
  return rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId, quantity }], address: ADDRESS }, buyer);
}

test('a shopper who opens a distributor code, buys two units and pays earns the distributor floor(paid × 10%)', async () => {
  const code = await shareProduct('dev_distributor', 'p01');
  expect(code.scene).toMatch(/^[0-9A-Za-z]{1,32}$/);
  expect(code.sharePath).toBe(`/packages/store/pages/product/index?scene=${code.scene}`);
  expect(code.sharePath).not.toContain('dev_distributor');

  const shopper = await createNewUser(rt);
  const bind = await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
  expect(bind).toMatchObject({ outcome: 'BOUND', target: { page: 'packages/store/pages/product/index', params: { productId: 'p01' } } });

  const order = await buy(shopper, 'p01-s1', 2);
  expect(order.totalFen).toBe(3990 * 2);
  expect(await rt.pay(order.id)).toEqual({ errcode: 0, errmsg: 'PAID' });

  const paid = await rt.ok('orders', 'getOrder', { orderId: order.id }, shopper);
  expect(paid.status).toBe('PAID');
  const balance = await rt.ok('commission', 'getMyBalance', {}, 'dev_distributor');
  expect(balance.pendingFen).toBe(Math.floor((7980 * 1000) / 10000));
  const entries = await rt.ok('commission', 'listMyEntries', {}, 'dev_distributor');
  expect(entries.items).toEqual([
    expect.objectContaining({ id: `${order.id}-1:L1`, level: 1, state: 'PENDING', baseFen: 7980, rateBps: 1000, amountFen: 798, productTitle: '赣南脐橙' }),
  ]);
});

test('the second level earns from its downline distributor’s customers; the buyer earns nothing from their own order', async () => {
  const topCode = await shareProduct('dev_distributor', 'p02');
  const second = await createNewUser(rt);
  await rt.ok('referral', 'bindByScene', { scene: topCode.scene }, second);
  await rt.ok('distributor', 'becomeDistributor', {}, second);
  const secondCode = await shareProduct(second, 'p02');
  const shopper = await createNewUser(rt);
  await rt.ok('referral', 'bindByScene', { scene: secondCode.scene }, shopper);

  const order = await buy(shopper, 'p02-s2', 3); // 5980 × 3 = 17940
  await rt.pay(order.id);

  expect((await rt.ok('commission', 'getMyBalance', {}, second)).pendingFen).toBe(1794);
  expect((await rt.ok('commission', 'getMyBalance', {}, 'dev_distributor')).pendingFen).toBe(897);
  expect((await rt.ok('commission', 'getMyBalance', {}, shopper)).pendingFen).toBe(0);
  const stored = await rt.store.find(COLLECTIONS.commissionEntries, { orderId: order.id }, { limit: 10 });
  expect(stored.map((e) => e._id).sort()).toEqual([`${order.id}-1:L1`, `${order.id}-1:L2`]);
});

test('the order snapshots the upline and policy at payment', async () => {
  const code = await shareProduct('dev_distributor', 'p03');
  const shopper = await createNewUser(rt);
  await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
  const order = await buy(shopper, 'p03-s1', 1);
  await rt.pay(order.id);
  const stored = await rt.store.get(COLLECTIONS.orders, order.id);
  expect(stored?.uplineSnapshot).toEqual(['dev_distributor']);
  expect(stored?.policySnapshot?.levels).toBe(2);
});
