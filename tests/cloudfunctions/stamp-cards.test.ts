import type { StampCardView } from '../../src/contracts/stamp-card';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { buyAndPay, DAY_MS, expectLedgerClean, refund } from '../support/money-flow';
import { createPickupOrder, OWNER, payOrder, storeVersion, storeWithStaff } from '../support/o2o-steps';
import { aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

async function rewardTemplate(): Promise<string> {
  const now = rt.now().getTime();
  const t = await rt.ok('marketing-admin', 'saveCouponTemplate', { requestId: aRequestId(), name: '免费咖啡券', rule: { kind: 'FIXED', amountFen: 1500, thresholdFen: 0 }, scope: { kind: 'ALL' }, validFrom: new Date(now - 3600_000).toISOString(), validTo: new Date(now + 60 * DAY_MS).toISOString(), perUserLimit: 10, totalQuantity: null, claimable: false }, OWNER);
  return t.id;
}

async function defineCard(extra: object = {}): Promise<StampCardView> {
  const now = rt.now().getTime();
  return rt.ok('marketing-admin', 'saveStampCard', { requestId: aRequestId(), name: '集满 3 点送 1 杯', goal: 3, rewardTemplateId: await rewardTemplate(), productIds: ['p01'], perPickup: true, counterMinFen: 5000, startAt: new Date(now - 3600_000).toISOString(), endAt: new Date(now + 30 * DAY_MS).toISOString(), ...extra }, OWNER);
}
const myCard = async (user: string, cardId: string) => (await rt.ok('marketing', 'listMyStampCards', {}, user)).find((c) => c.id === cardId);
const rewards = (user: string) => rt.store.find(COLLECTIONS.userCoupons, { userId: user, source: 'REWARD' }, { limit: 20 });

test('a stamp per paid line of a chosen product; the goal grants the reward coupon once; the card shows progress', async () => {
  const card = await defineCard();
  const shopper = await createNewUser(rt);
  expect(await myCard(shopper, card.id)).toMatchObject({ active: 0, towardNext: 0, rewardsGranted: 0, rewardName: '免费咖啡券' });
  // Two units of p01 on one line and a line of another product: one stamp.
  const first = await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 2 }, { skuId: 'p02-s1', quantity: 1 }]);
  expect(await myCard(shopper, card.id)).toMatchObject({ active: 1, towardNext: 1 });
  // A repeated notify of the same payment gives nothing more.
  await rt.pay(first.id);
  expect(await myCard(shopper, card.id)).toMatchObject({ active: 1 });
  await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 1 }]);
  expect(await rewards(shopper)).toHaveLength(0);
  await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 1 }]);
  expect(await myCard(shopper, card.id)).toMatchObject({ active: 3, towardNext: 0, rewardsGranted: 1, owed: 0 });
  expect(await rewards(shopper)).toEqual([expect.objectContaining({ name: '免费咖啡券', status: 'UNUSED' })]);
});

test('a refund takes the stamp back; the reward already granted stays and the card shows the stamps owed', async () => {
  const card = await defineCard();
  const shopper = await createNewUser(rt);
  const orders = [];
  for (let i = 0; i < 3; i += 1) orders.push(await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 2 }]));
  expect(await myCard(shopper, card.id)).toMatchObject({ active: 3, rewardsGranted: 1 });
  // Part of the line refunded: the stamp stays.
  await refund(rt, orders[0]!, 0, 1);
  expect(await myCard(shopper, card.id)).toMatchObject({ active: 3 });
  // The rest of it: the stamp is taken back, once.
  await refund(rt, orders[0]!, 0, 1);
  expect(await myCard(shopper, card.id)).toMatchObject({ active: 2, rewardsGranted: 1, towardNext: 0, owed: 1 });
  const [reward] = await rewards(shopper);
  expect(reward).toMatchObject({ status: 'UNUSED' });
  // Earning the owed stamp again does not grant a second reward; the next full card does.
  await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 1 }]);
  expect(await myCard(shopper, card.id)).toMatchObject({ active: 3, rewardsGranted: 1, owed: 0, towardNext: 0 });
  for (let i = 0; i < 3; i += 1) await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 1 }]);
  expect(await myCard(shopper, card.id)).toMatchObject({ active: 6, rewardsGranted: 2 });
  await expectLedgerClean(rt);
});

test('a pickup handed over and a 优惠买单 of at least the amount earn a stamp; refunding them takes it back', async () => {
  const card = await defineCard({ productIds: [] });
  const { store } = await storeWithStaff(rt);
  await rt.ok('store-admin', 'saveCounterSettings', { storeId: store.id, expectedVersion: await storeVersion(rt, store.id), settings: { enabled: true, offer: { kind: 'NONE' }, window: null, limitFen: 100000, paysCommission: false } }, OWNER);
  const shopper = await createNewUser(rt);

  const pickup = await createPickupOrder(rt, shopper, store.id, [{ skuId: 'p06-s1', quantity: 1 }]);
  await payOrder(rt, pickup.id);
  expect(await myCard(shopper, card.id)).toMatchObject({ active: 0 });
  const { code } = await rt.ok('stores', 'getMyPickupCode', { orderId: pickup.id }, shopper);
  await rt.ok('store-admin', 'verifyPickup', { code }, OWNER);
  expect(await myCard(shopper, card.id)).toMatchObject({ active: 1 });

  const small = await rt.ok('stores', 'createCounterOrder', { requestId: aRequestId(), storeId: store.id, billFen: 4999, excludedFen: 0 }, shopper);
  await payOrder(rt, small.orderId);
  expect(await myCard(shopper, card.id)).toMatchObject({ active: 1 });
  const big = await rt.ok('stores', 'createCounterOrder', { requestId: aRequestId(), storeId: store.id, billFen: 5000, excludedFen: 0 }, shopper);
  await payOrder(rt, big.orderId);
  expect(await myCard(shopper, card.id)).toMatchObject({ active: 2 });

  await rt.ok('order-admin', 'refundOrderLine', { requestId: aRequestId(), orderId: big.orderId, lineId: `${big.orderId}-1`, units: 1, reason: '顾客多付' }, OWNER);
  expect(await myCard(shopper, card.id)).toMatchObject({ active: 1 });
  await rt.ok('order-admin', 'refundOrderLine', { requestId: aRequestId(), orderId: pickup.id, lineId: pickup.lines[0]!.lineId, units: 1, reason: '门店缺货' }, OWNER);
  expect(await myCard(shopper, card.id)).toMatchObject({ active: 0 });
});

test('a stopped card gives no more stamps; a card without any way to earn is refused', async () => {
  const card = await defineCard();
  expect(await rt.call('marketing-admin', 'saveStampCard', { requestId: aRequestId(), name: '空卡', goal: 3, rewardTemplateId: card.rewardTemplateId, productIds: [], perPickup: false, counterMinFen: null, startAt: card.startAt, endAt: card.endAt }, OWNER)).toMatchObject({ ok: false, code: 'STAMP.INVALID' });
  await rt.ok('marketing-admin', 'stopStampCard', { cardId: card.id }, OWNER);
  const shopper = await createNewUser(rt);
  await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 1 }]);
  expect(await myCard(shopper, card.id)).toBeUndefined();
  expect((await rt.ok('marketing-admin', 'listStampCards', {}, OWNER))[0]).toMatchObject({ id: card.id, running: false });
});
