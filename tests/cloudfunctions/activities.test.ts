import type { OrderView } from '../../src/contracts/orders';
import type { RefundInput, UnifiedOrderInput } from '../../cloudfunctions/shared/kernel/platform/platform';
import { payRequestIdFor } from '../../cloudfunctions/shared/flows/activities/pay-request-id-for';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { createNewUser } from '../../server/seed/personas';
import { ACTIVITY_SKU, HOUR_MS, createBargainActivity, createFlashSale, createGroupBuy } from '../support/activity-fixtures';
import { boundShopper, expectLedgerClean } from '../support/money-flow';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => {
  rt = await createTestRuntime();
});
afterEach(() => rt.close());

const entriesOf = (orderId: string) => rt.store.find(COLLECTIONS.commissionEntries, { orderId }, { limit: 50 });
const runActivityTimer = async () => {
  const res = (await invokeFunction(rt, 'activity-timer', {}, { openid: null, source: 'local_timer' })) as { ok: boolean; data: Record<string, number> };
  expect(res.ok).toBe(true);
  return res.data;
};
const ship = (orderId: string) => rt.call('order-admin', 'shipOrder', { orderId, carrierCode: 'SF', trackingNo: 'SF1234567890' }, 'dev_staff');
const paid = async (order: OrderView) => expect((await rt.pay(order.id)).errcode).toBe(0);

describe('秒杀', () => {
  test('sells at the sale price within the per-user limit; an unpaid cancel gives the units back; never below zero', async () => {
    const sale = await createFlashSale(rt, { stockTotal: 2, perUserLimit: 1 });
    const [a, b, c] = [await createNewUser(rt), await createNewUser(rt), await createNewUser(rt)];
    const buy = (who: string, quantity = 1) => rt.call<OrderView>('activities', 'buyFlashSale', { requestId: aRequestId(), saleId: sale.id, quantity, address: ADDRESS }, who);

    const first = await buy(a);
    expect(first).toMatchObject({ ok: true, data: { totalFen: 1990, lines: [{ unitPriceFen: 3990, amountFen: 1990 }] } });
    expect(await buy(a)).toMatchObject({ ok: false, code: 'ACTIVITY.USER_LIMIT_REACHED' });
    expect(await buy(b, 2)).toMatchObject({ ok: false, code: 'ACTIVITY.USER_LIMIT_REACHED' });
    expect(await buy(b)).toMatchObject({ ok: true });
    expect(await buy(c)).toMatchObject({ ok: false, code: 'ACTIVITY.SOLD_OUT' });

    // a cancels unpaid: the unit returns to the sale and to a's limit, and c can now buy.
    const skuBefore = await rt.store.get(COLLECTIONS.skus, ACTIVITY_SKU);
    await rt.ok('orders', 'cancelOrder', { orderId: first.ok ? first.data.id : '' }, a);
    expect((await rt.store.get(COLLECTIONS.flashSales, sale.id))?.stockLeft).toBe(1);
    expect((await rt.store.get(COLLECTIONS.skus, ACTIVITY_SKU))?.stock).toBe((skuBefore?.stock ?? 0) + 1);
    expect(await buy(c)).toMatchObject({ ok: true });
    expect((await rt.store.get(COLLECTIONS.flashSales, sale.id))?.stockLeft).toBe(0);
  });

  test('the pay timeout (reconcile timer) returns an unpaid order’s units to the sale and the buyer’s limit', async () => {
    const sale = await createFlashSale(rt, { stockTotal: 1, perUserLimit: 1 });
    const shopper = await createNewUser(rt);
    const buy = () => rt.call<OrderView>('activities', 'buyFlashSale', { requestId: aRequestId(), saleId: sale.id, quantity: 1, address: ADDRESS }, shopper);
    const first = await buy();
    expect(first.ok).toBe(true);
    rt.advance(2 * HOUR_MS);
    const res = (await invokeFunction(rt, 'reconcile', {}, { openid: null, source: 'local_timer' })) as { ok: boolean; data: { cancelled: number } };
    expect(res.data.cancelled).toBe(1);
    expect((await rt.store.get(COLLECTIONS.flashSales, sale.id))?.stockLeft).toBe(1);
    expect(await buy()).toMatchObject({ ok: true });
  });

  test('outside its window the sale refuses with a typed code and writes nothing', async () => {
    const sale = await createFlashSale(rt);
    rt.advance(30 * HOUR_MS);
    const shopper = await createNewUser(rt);
    expect(await rt.call('activities', 'buyFlashSale', { requestId: aRequestId(), saleId: sale.id, quantity: 1, address: ADDRESS }, shopper)).toMatchObject({ ok: false, code: 'ACTIVITY.ENDED' });
    expect(await rt.store.count(COLLECTIONS.orders, { buyerId: shopper })).toBe(0);
  });

  test('commission: none by default; the merchant may turn it on per activity', async () => {
    const shopper = await boundShopper(rt);
    const off = await createFlashSale(rt);
    const on = await createFlashSale(rt, { paysCommission: true });
    const buy = (saleId: string) => rt.ok('activities', 'buyFlashSale', { requestId: aRequestId(), saleId, quantity: 1, address: ADDRESS }, shopper);
    const o1 = await buy(off.id);
    const o2 = await buy(on.id);
    await paid(o1);
    await paid(o2);
    expect(await entriesOf(o1.id)).toEqual([]);
    const entries = await entriesOf(o2.id);
    expect(entries.map((e) => e.beneficiaryId)).toContain('dev_distributor');
    // The base is what was paid at the sale price, not the list price.
    expect(entries.every((e) => e.baseFen === 1990)).toBe(true);
    await expectLedgerClean(rt);
  });
});

describe('拼团', () => {
  async function openAndPay(leader: string, activityId: string) {
    const opened = await rt.ok('activities', 'openGroup', { requestId: aRequestId(), activityId, address: ADDRESS }, leader);
    await paid(opened.order);
    return opened;
  }
  const join = (who: string, groupId: string) => rt.ok('activities', 'joinGroup', { requestId: aRequestId(), groupId, address: ADDRESS }, who);

  test('a full group succeeds and ships; the leader pays the leader price, friends the group price', async () => {
    const activity = await createGroupBuy(rt, { requiredMembers: 3 });
    const [leader, f1, f2] = [await createNewUser(rt), await createNewUser(rt), await createNewUser(rt)];
    const { groupId, order: leaderOrder } = await openAndPay(leader, activity.id);
    expect(leaderOrder.totalFen).toBe(2790);
    expect(await ship(leaderOrder.id)).toMatchObject({ ok: false, code: 'GROUP_BUY.NOT_SUCCEEDED' });
    // Both the buyer and staff see the order's group: 拼团中 with the link, then 拼团成功.
    const orderSeen = () => rt.ok('orders', 'getOrder', { orderId: leaderOrder.id }, leader);
    expect((await orderSeen()).activity).toEqual({ kind: 'GROUP_BUY', groupState: 'GROUPING', groupId });

    const j1 = await join(f1, groupId);
    expect(j1.order.totalFen).toBe(2990);
    await paid(j1.order);
    expect(await rt.call('activities', 'joinGroup', { requestId: aRequestId(), groupId, address: ADDRESS }, f1)).toMatchObject({ ok: false, code: 'GROUP_BUY.ALREADY_MEMBER' });
    const j2 = await join(f2, groupId);
    await paid(j2.order);

    const group = await rt.ok('activities', 'getGroup', { groupId }, f2);
    expect(group).toMatchObject({ status: 'SUCCEEDED', placesLeft: 0, iAmMember: true });
    expect(group.members.map((m) => m.leader)).toEqual([true, false, false]);
    expect((await orderSeen()).activity).toEqual({ kind: 'GROUP_BUY', groupState: 'SUCCEEDED', groupId });
    const staffSees = await rt.ok('order-admin', 'getOrderDetail', { orderId: j1.order.id }, 'dev_staff');
    expect(staffSees.order.activity).toEqual({ kind: 'GROUP_BUY', groupState: 'SUCCEEDED', groupId });
    for (const o of [leaderOrder, j1.order, j2.order]) expect(await ship(o.id)).toMatchObject({ ok: true, data: { status: 'SHIPPED' } });
  });

  test('not full in time: the timer refunds every member in full (once, with a stable out_refund_no) and their orders never ship', async () => {
    const activity = await createGroupBuy(rt, { requiredMembers: 3, hours: 2 });
    const [leader, f1] = [await createNewUser(rt), await createNewUser(rt)];
    const { groupId, order: leaderOrder } = await openAndPay(leader, activity.id);
    const j1 = await join(f1, groupId);
    await paid(j1.order);
    const late = await createNewUser(rt);
    const unpaidJoin = await join(late, groupId);

    expect((await runActivityTimer()).groupsExpired).toBe(0);
    rt.advance(2 * HOUR_MS + 1000);
    const report = await runActivityTimer();
    expect(report).toMatchObject({ groupsExpired: 1, membersRefunded: 2, errors: 0 });
    expect((await rt.store.get(COLLECTIONS.groups, groupId))?.status).toBe('EXPIRED');

    const refunds = await rt.store.find(COLLECTIONS.refunds, { orderId: { $in: [leaderOrder.id, j1.order.id] } }, { limit: 10 });
    expect(refunds.map((r) => [r.orderId, r.fen]).sort()).toEqual([[leaderOrder.id, 2790], [j1.order.id, 2990]].sort());
    expect(refunds.every((r) => r.channelState === 'ACCEPTED' || r.channelState === 'SUCCESS')).toBe(true);
    const ids = refunds.map((r) => r._id).sort();

    // Re-running refunds nothing twice.
    await runActivityTimer();
    const again = await rt.store.find(COLLECTIONS.refunds, { orderId: { $in: [leaderOrder.id, j1.order.id] } }, { limit: 10 });
    expect(again.map((r) => r._id).sort()).toEqual(ids);

    for (const o of [leaderOrder, j1.order]) {
      const saved = await rt.store.get(COLLECTIONS.orders, o.id);
      expect([saved?.activity?.groupState, saved?.status]).toEqual(['FAILED', 'CLOSED']);
      expect(await ship(o.id)).toMatchObject({ ok: false, code: 'ORDER.INVALID_TRANSITION' });
    }
    // A friend who pays into the expired group is refunded too, and their order never ships either.
    await paid(unpaidJoin.order);
    expect((await rt.store.find(COLLECTIONS.refunds, { orderId: unpaidJoin.order.id }, { limit: 5 })).map((r) => r.fen)).toEqual([2990]);
    expect(await ship(unpaidJoin.order.id)).toMatchObject({ ok: false, code: 'ORDER.INVALID_TRANSITION' });
    await expectLedgerClean(rt);
  });

  test('two friends racing for the last place: one gets it, the other is refunded in full', async () => {
    const activity = await createGroupBuy(rt, { requiredMembers: 2 });
    const [leader, f1, f2] = [await createNewUser(rt), await createNewUser(rt), await createNewUser(rt)];
    const { groupId } = await openAndPay(leader, activity.id);
    const j1 = await join(f1, groupId);
    const j2 = await join(f2, groupId);
    await Promise.all([paid(j1.order), paid(j2.order)]);
    const group = await rt.store.get(COLLECTIONS.groups, groupId);
    expect(group?.status).toBe('SUCCEEDED');
    expect(group?.memberCount).toBe(2);
    const loser = group?.memberOrderIds.includes(j1.order.id) ? j2.order : j1.order;
    expect((await rt.store.get(COLLECTIONS.orders, loser.id))?.activity?.groupState).toBe('FAILED');
    expect((await rt.store.find(COLLECTIONS.refunds, { orderId: loser.id }, { limit: 5 })).map((r) => r.fen)).toEqual([2990]);
  });
});

describe('砍价', () => {
  test('friends cut exactly to the floor in the configured number of helps, one help each; the starter buys at the floor', async () => {
    const activity = await createBargainActivity(rt, { helps: 4, floorFen: 990, minCutFen: 100, maxCutFen: 1500 });
    const starter = await createNewUser(rt);
    const bargain = await rt.ok('activities', 'startBargain', { activityId: activity.id }, starter);
    expect(bargain).toMatchObject({ currentFen: 3990, helpsDone: 0, helpsNeeded: 4, status: 'OPEN', isMine: true });
    expect((await rt.ok('activities', 'startBargain', { activityId: activity.id }, starter)).id).toBe(bargain.id);
    expect(await rt.call('activities', 'helpBargain', { bargainId: bargain.id }, starter)).toMatchObject({ ok: false, code: 'BARGAIN.SELF_HELP' });

    const cuts: number[] = [];
    for (let i = 0; i < 4; i++) {
      const friend = await createNewUser(rt);
      const res = await rt.ok('activities', 'helpBargain', { bargainId: bargain.id }, friend);
      expect(res.cutFen).toBeGreaterThanOrEqual(100);
      expect(res.cutFen).toBeLessThanOrEqual(1500);
      cuts.push(res.cutFen);
      expect(await rt.call('activities', 'helpBargain', { bargainId: bargain.id }, friend)).toMatchObject({ ok: false, code: 'BARGAIN.ALREADY_HELPED' });
    }
    expect(cuts.reduce((a, b) => a + b, 0)).toBe(3990 - 990);
    const floored = await rt.ok('activities', 'getBargain', { bargainId: bargain.id }, starter);
    expect(floored).toMatchObject({ currentFen: 990, helpsDone: 4, status: 'FLOORED' });
    expect(floored.helpers.map((h) => h.cutFen)).toEqual(cuts);
    expect(await rt.call('activities', 'helpBargain', { bargainId: bargain.id }, await createNewUser(rt))).toMatchObject({ ok: false, code: 'BARGAIN.NO_HELPS_LEFT' });

    const order = await rt.ok('activities', 'buyBargain', { requestId: aRequestId(), bargainId: bargain.id, address: ADDRESS }, starter);
    expect(order.totalFen).toBe(990);
    expect(await rt.call('activities', 'buyBargain', { requestId: aRequestId(), bargainId: bargain.id, address: ADDRESS }, starter)).toMatchObject({ ok: false, code: 'BARGAIN.CLOSED' });
    await paid(order);
    expect(await rt.call('activities', 'buyBargain', { requestId: aRequestId(), bargainId: bargain.id, address: ADDRESS }, await createNewUser(rt))).toMatchObject({ ok: false, code: 'BARGAIN.NOT_YOURS' });
  });

  test('an unfinished bargain expires with the timer and refuses further helps', async () => {
    const activity = await createBargainActivity(rt, { helps: 3, floorFen: 990, minCutFen: 500, maxCutFen: 1500 });
    const starter = await createNewUser(rt);
    const bargain = await rt.ok('activities', 'startBargain', { activityId: activity.id }, starter);
    rt.advance(25 * HOUR_MS);
    expect((await runActivityTimer()).bargainsExpired).toBe(1);
    expect(await rt.call('activities', 'helpBargain', { bargainId: bargain.id }, await createNewUser(rt))).toMatchObject({ ok: false, code: 'BARGAIN.CLOSED' });
  });

  test('a plan that cannot land exactly on the floor is refused when saved', async () => {
    expect(
      await rt.call('activity-admin', 'saveBargainActivity', { requestId: aRequestId(), skuId: ACTIVITY_SKU, startAt: rt.now().toISOString(), endAt: new Date(rt.now().getTime() + HOUR_MS).toISOString(), floorFen: 990, helps: 2, minCutFen: 100, maxCutFen: 200, hours: 1 }, 'dev_staff'),
    ).toMatchObject({ ok: false, code: 'BARGAIN.INVALID_PLAN' });
  });
});

describe('找人代付', () => {
  test('a friend pays; the order stays the buyer’s and commission follows the buyer’s chain, not the payer’s', async () => {
    const buyer = await boundShopper(rt, 'dev_distributor');
    // The payer is bound under someone else: a second distributor.
    const otherSharer = await boundShopper(rt, 'dev_distributor');
    await rt.store.insert(COLLECTIONS.distributors, { _id: otherSharer, status: 'ACTIVE', gradeId: null, since: rt.now().toISOString() } as never);
    const payer = await boundShopper(rt, otherSharer);

    const order = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: ACTIVITY_SKU, quantity: 1 }], address: ADDRESS }, buyer);
    expect(await rt.call('activities', 'createPayRequest', { orderId: order.id }, payer)).toMatchObject({ ok: false, code: 'ORDER.NOT_FOUND' });
    const request = await rt.ok('activities', 'createPayRequest', { orderId: order.id }, buyer);
    const seen = await rt.ok('activities', 'getPayRequest', { payRequestId: request.id }, payer);
    expect(seen).toMatchObject({ orderId: order.id, isMine: false, status: 'OPEN', totalFen: order.totalFen });
    expect(JSON.stringify(seen)).not.toContain(ADDRESS.phone);

    // The friend pays under their own trade number (WeChat binds one to its first payer), the same on a retry.
    const prepay = (await rt.ok('activities', 'payForFriend', { payRequestId: request.id }, payer)) as { kind: 'simulated'; outTradeNo: string };
    expect(prepay).toEqual({ kind: 'simulated', outTradeNo: expect.stringMatching(/^[0-9A-Za-z_]{1,32}$/) });
    expect(prepay.outTradeNo).not.toBe(order.id);
    expect(await rt.ok('activities', 'payForFriend', { payRequestId: request.id }, payer)).toEqual(prepay);
    expect(await rt.store.get(COLLECTIONS.payRequests, payRequestIdFor(order.id))).toMatchObject({ payerId: payer, tradeNos: [prepay.outTradeNo] });
    expect((await rt.pay(prepay.outTradeNo)).errcode).toBe(0);
    const saved = await rt.store.get(COLLECTIONS.orders, order.id);
    expect(saved).toMatchObject({ status: 'PAID', paidTradeNo: prepay.outTradeNo });
    expect(saved?.buyerId).toBe(buyer);
    const beneficiaries = (await entriesOf(order.id)).map((e) => e.beneficiaryId);
    expect(beneficiaries).toContain('dev_distributor');
    expect(beneficiaries).not.toContain(otherSharer);
    expect((await rt.ok('activities', 'getPayRequest', { payRequestId: request.id }, payer)).status).toBe('PAID');
    expect(await rt.call('activities', 'payForFriend', { payRequestId: request.id }, payer)).toMatchObject({ ok: false, code: 'PAY_REQUEST.CLOSED' });
  });

  // Real WeChat Pay: prepays go to the platform; notifies come as WeChat sends them.
  const wechatPrepays = () => {
    const asked: UnifiedOrderInput[] = [];
    rt.platform.unifiedOrder = async (input) => (asked.push(input), { kind: 'wechat', payment: { timeStamp: '1', nonceStr: 'n', package: `prepay_id=${input.outTradeNo}`, signType: 'MD5', paySign: 's' } });
    return asked;
  };
  const notify = (outTradeNo: string, totalFee: number) =>
    invokeFunction(rt, 'payment-callback', { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo, transactionId: `4200${outTradeNo}`, totalFee }, { openid: null, source: 'wx_paycallback' }) as Promise<{ errcode: number; errmsg: string }>;
  async function orderWithRequest(buyer: string) {
    const order = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: ACTIVITY_SKU, quantity: 1 }], address: ADDRESS }, buyer);
    const request = await rt.ok('activities', 'createPayRequest', { orderId: order.id }, buyer);
    return { order, request };
  }

  test('after the buyer prepaid, a friend prepays under their own number; both pay: one payment stands, the other is an alert to refund', async () => {
    const buyer = await boundShopper(rt, 'dev_distributor');
    const friend = await createNewUser(rt);
    const { order, request } = await orderWithRequest(buyer);
    const asked = wechatPrepays();
    await rt.ok('orders', 'prepayOrder', { orderId: order.id }, buyer);
    await rt.ok('activities', 'payForFriend', { payRequestId: request.id }, friend);
    expect(asked.map((a) => a.openid)).toEqual([buyer, friend]);
    const [buyerNo, friendNo] = asked.map((a) => a.outTradeNo);
    expect(buyerNo).toBe(order.id);
    expect(friendNo).not.toBe(order.id);

    expect(await notify(friendNo!, order.totalFen)).toEqual({ errcode: 0, errmsg: 'PAID' });
    expect(await notify(friendNo!, order.totalFen)).toEqual({ errcode: 0, errmsg: 'ALREADY_PAID' });
    expect(await notify(buyerNo!, order.totalFen)).toEqual({ errcode: 0, errmsg: 'NEEDS_REFUND' });
    const saved = await rt.store.get(COLLECTIONS.orders, order.id);
    expect(saved).toMatchObject({ status: 'PAID', paidTradeNo: friendNo, transactionId: `4200${friendNo}` });
    const alerts = await rt.store.find(COLLECTIONS.paymentAlerts, { orderId: order.id }, { limit: 5 });
    expect(alerts).toEqual([expect.objectContaining({ kind: 'UNPAYABLE_ORDER', outTradeNo: buyerNo, transactionId: `4200${buyerNo}`, notifiedFen: order.totalFen })]);
    // The buyer is counted as paying once, and the commission follows the buyer's chain.
    expect(await rt.store.get(COLLECTIONS.userStats, buyer)).toMatchObject({ paidOrderCount: 1, spendFen: order.totalFen });
    expect((await entriesOf(order.id)).map((e) => e.beneficiaryId)).toContain('dev_distributor');
    await expectLedgerClean(rt);
  });

  test('a refund of a friend-paid order goes against the friend’s trade number, and its notify is accepted', async () => {
    const buyer = await boundShopper(rt, 'dev_distributor');
    const friend = await createNewUser(rt);
    const { order, request } = await orderWithRequest(buyer);
    const asked = wechatPrepays();
    await rt.ok('activities', 'payForFriend', { payRequestId: request.id }, friend);
    const friendNo = asked[0]!.outTradeNo;
    expect(await notify(friendNo, order.totalFen)).toMatchObject({ errcode: 0 });

    const sent: RefundInput[] = [];
    rt.platform.refund = async (input) => (sent.push(input), { ok: true, state: 'ACCEPTED', refundRef: 'wxr1' });
    const result = await rt.ok('order-admin', 'refundOrderLine', { requestId: aRequestId(), orderId: order.id, lineId: order.lines[0]!.lineId, units: 1, reason: '不想要了' }, 'dev_staff');
    expect(sent).toEqual([{ outRefundNo: result.refundId, outTradeNo: friendNo, totalFen: order.totalFen, refundFen: result.fen }]);
    const refundNotify = { returnCode: 'SUCCESS', reqInfo: { outRefundNo: result.refundId, outTradeNo: friendNo, refundStatus: 'SUCCESS', refundFee: result.fen, refundId: 'wxr1' } };
    expect(await invokeFunction(rt, 'refund-callback', refundNotify, { openid: null, source: 'wx_paycallback' })).toEqual({ errcode: 0, errmsg: 'SUCCESS' });
    expect((await rt.store.get(COLLECTIONS.refunds, result.refundId))?.channelState).toBe('SUCCESS');
  });

  test('reconcile: a friend’s payment whose notify was lost is found under the friend’s number; an expired order is closed under every number', async () => {
    const reconcile = async () => ((await invokeFunction(rt, 'reconcile', {}, { openid: null, source: 'wx_trigger' })) as { data: Record<string, number> }).data;
    const buyer = await createNewUser(rt);
    const [friend, other] = [await createNewUser(rt), await createNewUser(rt)];
    const paidByFriend = await orderWithRequest(buyer);
    const expiring = await orderWithRequest(buyer);
    const asked = wechatPrepays();
    await rt.ok('activities', 'payForFriend', { payRequestId: paidByFriend.request.id }, friend);
    await Promise.all([friend, other].map((who) => rt.ok('activities', 'payForFriend', { payRequestId: expiring.request.id }, who)));
    const [friendNo, ...expiringNos] = asked.map((a) => a.outTradeNo);
    expect(new Set(expiringNos).size).toBe(2);
    expect((await rt.store.get(COLLECTIONS.payRequests, payRequestIdFor(expiring.order.id)))?.tradeNos?.slice().sort()).toEqual(expiringNos.slice().sort());

    const queried: string[] = [];
    rt.platform.queryOrder = async ({ outTradeNo }) => {
      queried.push(outTradeNo);
      return outTradeNo === friendNo ? { state: 'PAID', transactionId: `4200${friendNo}`, totalFen: paidByFriend.order.totalFen } : { state: 'NOTPAY' };
    };
    const closed: string[] = [];
    rt.platform.closeOrder = async ({ outTradeNo }) => void closed.push(outTradeNo);
    rt.advance(6 * 60_000);
    expect(await reconcile()).toMatchObject({ checked: 2, paid: 1, cancelled: 0 });
    expect(queried.sort()).toEqual([paidByFriend.order.id, friendNo, expiring.order.id, ...expiringNos].sort());
    expect(await rt.store.get(COLLECTIONS.orders, paidByFriend.order.id)).toMatchObject({ status: 'PAID', paidTradeNo: friendNo });

    rt.advance(25 * HOUR_MS);
    expect(await reconcile()).toMatchObject({ checked: 1, cancelled: 1 });
    expect(closed.sort()).toEqual([expiring.order.id, ...expiringNos].sort());
    expect((await rt.store.get(COLLECTIONS.orders, expiring.order.id))?.status).toBe('CANCELLED');
  });
});
