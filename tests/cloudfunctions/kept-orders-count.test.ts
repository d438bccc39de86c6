import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { createNewUser } from '../../server/seed/personas';
import { HOUR_MS, createGroupBuy } from '../support/activity-fixtures';
import { savePolicy } from '../support/distribution-steps';
import { boundShopper, buyAndPay, DAY_MS, refund, runSettlement, shipAndReceive } from '../support/money-flow';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

/**
 * Counters count only what was kept: an order refunded in full (a FAILED 拼团 is refunded in full) no longer counts
 * toward the FIRST_PAID_ORDER and spend qualifications, the NEW_PAYING_DOWNLINES ranking or a grade. Grades, which
 * never fall, count an order once its after-sale window has closed, so a payment refunded later cannot lift one.
 */
let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const D = 'dev_distributor';
const gradeOf = async (openid: string) => (await rt.store.get(COLLECTIONS.distributors, openid))?.gradeId ?? null;
const silverAtTwoOrders = () =>
  savePolicy(rt, { grades: [{ id: 'silver', name: '银牌', weight: 1, ratesBps: [2000, 1000], upgrade: { mode: 'ANY', conditions: { orderCount: 2 } } }] as never });

/** Two members (sock puppets bound under `sharer`, if given) join a 拼团 that never fills: all pay, it expires, all are refunded. */
async function failedGroupOf(sharer: string | null, leader: string) {
  const activity = await createGroupBuy(rt, { requiredMembers: 5, hours: 1, paysCommission: true });
  const opened = await rt.ok('activities', 'openGroup', { requestId: aRequestId(), activityId: activity.id, address: ADDRESS }, leader);
  expect((await rt.pay(opened.order.id)).errcode).toBe(0);
  const member = () => (sharer ? boundShopper(rt, sharer) : createNewUser(rt));
  const puppets = [await member(), await member()];
  for (const p of puppets) {
    const joined = await rt.ok('activities', 'joinGroup', { requestId: aRequestId(), groupId: opened.groupId, address: ADDRESS }, p);
    expect((await rt.pay(joined.order.id)).errcode).toBe(0);
  }
  rt.advance(2 * HOUR_MS);
  const timer = (await invokeFunction(rt, 'activity-timer', {}, { openid: null, source: 'local_timer' })) as { ok: boolean; data: { membersRefunded: number } };
  expect(timer.data.membersRefunded).toBe(3);
  return puppets;
}

test('FIRST_PAID_ORDER: an order refunded in full no longer qualifies; a partly refunded one does', async () => {
  await savePolicy(rt, { qualification: { kind: 'FIRST_PAID_ORDER' } });
  const shopper = await createNewUser(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p03-s1', quantity: 2 }]);
  await refund(rt, order, 0, 2);
  expect(await rt.call('distributor', 'becomeDistributor', {}, shopper)).toMatchObject({ ok: false, code: 'DISTRIBUTOR.NEEDS_PAID_ORDER' });

  const kept = await buyAndPay(rt, shopper, [{ skuId: 'p03-s1', quantity: 2 }]);
  await refund(rt, kept, 0, 1);
  expect(await rt.call('distributor', 'becomeDistributor', {}, shopper)).toMatchObject({ ok: true, data: { status: 'ACTIVE' } });
});

test('sock puppets whose 拼团 payments were refunded are not paying downlines in the ranking', async () => {
  const puppets = await failedGroupOf(D, await createNewUser(rt));
  const ranking = await rt.ok('distributor', 'getRanking', { kind: 'NEW_PAYING_DOWNLINES', period: 'WEEK' }, D);
  expect(ranking.rows.filter((r) => r.isMe)).toEqual([]);
  for (const p of puppets) expect(await rt.call('distributor', 'becomeDistributor', {}, p)).toMatchObject({ ok: true }); // UNCONDITIONAL: unaffected
});

test('orders refunded in full never lift a grade, even for a moment; kept orders lift it once their after-sale window closes', async () => {
  await silverAtTwoOrders();
  // The distributor's own orders refunded in full: leading a 拼团 that fails, and an ordinary order.
  await failedGroupOf(null, D);
  const refunded = await buyAndPay(rt, D, [{ skuId: 'p03-s1', quantity: 1 }]);
  await refund(rt, refunded, 0, 1);
  expect(await gradeOf(D)).toBeNull();

  const first = await buyAndPay(rt, D, [{ skuId: 'p03-s1', quantity: 1 }]);
  const second = await buyAndPay(rt, D, [{ skuId: 'p03-s1', quantity: 2 }]);
  expect(await gradeOf(D)).toBeNull(); // paid, not yet kept: the buyer may still ask for a refund
  const card = await rt.ok('distributor', 'getMyGrade', {}, D);
  expect(card.next?.conditions).toEqual([{ key: 'orderCount', current: 0, target: 2, met: false }]);

  await refund(rt, second, 0, 1); // partly refunded: still kept
  for (const o of [first, second]) await shipAndReceive(rt, o, D);
  rt.advance(8 * DAY_MS);
  await runSettlement(rt);
  expect(await gradeOf(D)).toBe('silver');
});
