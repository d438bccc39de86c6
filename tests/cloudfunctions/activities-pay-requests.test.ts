import type { PayRequestDoc } from '../../cloudfunctions/shared/kernel/docs/activity-docs';
import { MAX_FRIEND_TRADE_NOS } from '../../cloudfunctions/shared/flows/activities/record-friend-payer';
import { payRequestIdFor } from '../../cloudfunctions/shared/flows/activities/pay-request-id-for';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { ACTIVITY_SKU } from '../support/activity-fixtures';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

async function orderWithRequest(buyer: string) {
  const order = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: ACTIVITY_SKU, quantity: 1 }], address: ADDRESS }, buyer);
  const request = await rt.ok('activities', 'createPayRequest', { orderId: order.id }, buyer);
  return { order, request };
}

describe('找人代付 requests', () => {
  test('the order id alone does not open a request: the shared id carries a random key, the same on every create', async () => {
    const buyer = await createNewUser(rt);
    const friend = await createNewUser(rt);
    const { order, request } = await orderWithRequest(buyer);
    // A retried create returns the same shared id (the key is drawn once).
    expect((await rt.ok('activities', 'createPayRequest', { orderId: order.id }, buyer)).id).toBe(request.id);
    const derived = payRequestIdFor(order.id);
    expect(request.id).not.toBe(derived);
    for (const guess of [derived, `${derived}-`, `${derived}-00000000000000000000`, order.id]) {
      expect(await rt.call('activities', 'getPayRequest', { payRequestId: guess }, friend)).toMatchObject({ ok: false, code: 'PAY_REQUEST.NOT_FOUND' });
      expect(await rt.call('activities', 'payForFriend', { payRequestId: guess }, friend)).toMatchObject({ ok: false, code: 'PAY_REQUEST.NOT_FOUND' });
    }
    expect(await rt.ok('activities', 'getPayRequest', { payRequestId: request.id }, friend)).toMatchObject({ orderId: order.id, status: 'OPEN' });
    // Another order's request has another key.
    const other = await orderWithRequest(buyer);
    expect(other.request.id.split('-')[1]).not.toBe(request.id.split('-')[1]);
  });

  test('a request saved before share keys existed gets one on the next create; until then it opens for nobody', async () => {
    const buyer = await createNewUser(rt);
    const order = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: ACTIVITY_SKU, quantity: 1 }], address: ADDRESS }, buyer);
    const legacy: PayRequestDoc = { _id: payRequestIdFor(order.id), orderId: order.id, buyerId: buyer, status: 'OPEN', payerId: null, createdAt: rt.now().toISOString() };
    await rt.store.insert(COLLECTIONS.payRequests, legacy);
    expect(await rt.call('activities', 'getPayRequest', { payRequestId: `${legacy._id}-` }, buyer)).toMatchObject({ ok: false, code: 'PAY_REQUEST.NOT_FOUND' });
    const request = await rt.ok('activities', 'createPayRequest', { orderId: order.id }, buyer);
    expect(request.id).toMatch(new RegExp(`^${legacy._id}-[0-9a-f]{20}$`));
    expect((await rt.ok('activities', 'createPayRequest', { orderId: order.id }, buyer)).id).toBe(request.id);
    expect((await rt.ok('activities', 'getPayRequest', { payRequestId: request.id }, buyer)).orderId).toBe(order.id);
  });

  test(`at most ${MAX_FRIEND_TRADE_NOS} friends' trade numbers per request; a friend already recorded may still pay`, async () => {
    const buyer = await createNewUser(rt);
    const { order, request } = await orderWithRequest(buyer);
    const friends: string[] = [];
    for (let i = 0; i < MAX_FRIEND_TRADE_NOS; i++) {
      friends.push(await createNewUser(rt));
      await rt.ok('activities', 'payForFriend', { payRequestId: request.id }, friends[i]!);
    }
    const oneTooMany = await createNewUser(rt);
    const refused = await rt.call('activities', 'payForFriend', { payRequestId: request.id }, oneTooMany);
    expect(refused).toMatchObject({ ok: false, code: 'PAY_REQUEST.TOO_MANY_PAYERS' });
    expect((refused as { message: string }).message).toMatch(/好友/);
    const saved = await rt.store.get(COLLECTIONS.payRequests, payRequestIdFor(order.id));
    expect(saved?.tradeNos).toHaveLength(MAX_FRIEND_TRADE_NOS);
    expect(saved?.payerId).toBe(friends[MAX_FRIEND_TRADE_NOS - 1]);
    // Already-recorded friends and the buyer are not new numbers.
    await rt.ok('activities', 'payForFriend', { payRequestId: request.id }, friends[0]!);
    await rt.ok('activities', 'payForFriend', { payRequestId: request.id }, buyer);
    expect((await rt.store.get(COLLECTIONS.payRequests, payRequestIdFor(order.id)))?.tradeNos).toHaveLength(MAX_FRIEND_TRADE_NOS);
  });
});
