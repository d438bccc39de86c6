import type { FnPayload } from '../../src/contracts/api/apis';
import type { DrawResultView } from '../../src/contracts/lucky-draw';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { buyAndPay, DAY_MS } from '../support/money-flow';
import { snapshotStore } from '../support/snapshot-store';
import { aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const OWNER = 'dev_staff';
const NONE = { kind: 'NONE', name: '谢谢参与', couponTemplateId: null, points: 0, valueFen: 0, stock: null, weight: 1 };
const points = (weight: number, stock: number) => ({ kind: 'POINTS', name: '88 积分', couponTemplateId: null, points: 88, valueFen: 88, stock, weight });

function drawPayload(prizes: object[], extra: object = {}): FnPayload<'marketing-admin', 'saveLuckyDraw'> {
  const now = rt.now().getTime();
  return {
    requestId: aRequestId(),
    name: '幸运大转盘',
    style: 'WHEEL',
    rulesText: '每日签到得 1 次机会，每笔付款订单再得 1 次，每天最多 3 次。',
    prizes,
    chancesPerDay: 3,
    chanceFromSignIn: true,
    chancePerPaidOrder: true,
    startAt: new Date(now - 3600_000).toISOString(),
    endAt: new Date(now + 7 * DAY_MS).toISOString(),
    ...extra,
  } as FnPayload<'marketing-admin', 'saveLuckyDraw'>;
}
const saveDraw = (prizes: object[], extra: object = {}) => rt.ok('marketing-admin', 'saveLuckyDraw', drawPayload(prizes, extra), OWNER);
const signIn = (user: string) => rt.ok('marketing', 'signIn', {}, user);
const draw = (user: string, drawId: string) => rt.call<DrawResultView>('marketing', 'drawPrize', { drawId }, user);

test('有奖销售: a prize worth more than ¥50,000 is refused and nothing is written; exactly ¥50,000 is accepted', async () => {
  const before = await snapshotStore(rt.store);
  expect(await rt.call('marketing-admin', 'saveLuckyDraw', drawPayload([{ ...points(1, 1), valueFen: 5_000_001 }, NONE]), OWNER)).toMatchObject({ ok: false, code: 'DRAW.PRIZE_OVER_CAP' });
  expect(await rt.call('marketing-admin', 'saveLuckyDraw', drawPayload([points(1, 1), points(1, 1)]), OWNER)).toMatchObject({ ok: false, code: 'DRAW.INVALID' });
  expect(await snapshotStore(rt.store)).toEqual(before);
  expect(await saveDraw([{ ...points(1, 1), valueFen: 5_000_000 }, NONE])).toMatchObject({ prizesAdmin: [{ valueFen: 5_000_000 }, { kind: 'NONE' }] });
});

test('chances come from sign-in and paid orders, capped per day; the odds are public; a new day starts again', async () => {
  const game = await saveDraw([points(1, 100), { ...NONE, weight: 3 }]);
  const shopper = await createNewUser(rt);
  const view = await rt.ok('marketing', 'getLuckyDraw', { drawId: game.id }, shopper);
  expect(view).toMatchObject({ open: true, chancesLeft: 0, prizes: [{ name: '88 积分', percent: '25.00' }, { name: '谢谢参与', percent: '75.00' }] });
  expect(await draw(shopper, game.id)).toMatchObject({ ok: false, code: 'DRAW.NO_CHANCE' });

  await signIn(shopper);
  expect((await rt.ok('marketing', 'getLuckyDraw', { drawId: game.id }, shopper)).chancesLeft).toBe(1);
  expect(await draw(shopper, game.id)).toMatchObject({ ok: true, data: { chancesLeft: 0 } });
  expect(await draw(shopper, game.id)).toMatchObject({ ok: false, code: 'DRAW.NO_CHANCE' });
  // Signing in again the same day earns nothing more.
  await signIn(shopper);
  expect(await draw(shopper, game.id)).toMatchObject({ ok: false, code: 'DRAW.NO_CHANCE' });

  for (let i = 0; i < 4; i += 1) await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 1 }]);
  // 1 (sign-in) + 4 (orders) earned, 3 a day at most, 1 used.
  expect((await rt.ok('marketing', 'getLuckyDraw', { drawId: game.id }, shopper)).chancesLeft).toBe(2);
  expect(await draw(shopper, game.id)).toMatchObject({ ok: true });
  expect(await draw(shopper, game.id)).toMatchObject({ ok: true });
  expect(await draw(shopper, game.id)).toMatchObject({ ok: false, code: 'DRAW.NO_CHANCE' });

  rt.advance(DAY_MS);
  expect((await rt.ok('marketing', 'getLuckyDraw', { drawId: game.id }, shopper)).chancesLeft).toBe(0);
  await signIn(shopper);
  expect(await draw(shopper, game.id)).toMatchObject({ ok: true });
  expect((await rt.ok('marketing', 'listMyDrawRecords', {}, shopper)).items).toHaveLength(4);
});

test('each chance is used once: ten taps at once with one chance make one draw', async () => {
  const game = await saveDraw([points(1, 100), NONE]);
  const shopper = await createNewUser(rt);
  await signIn(shopper);
  const results = await Promise.all(Array.from({ length: 10 }, () => draw(shopper, game.id)));
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ code: expect.stringMatching(/^DRAW\.(BUSY|NO_CHANCE)$/) });
  expect(await rt.store.count(COLLECTIONS.drawRecords, { userId: shopper })).toBe(1);
  expect(await draw(shopper, game.id)).toMatchObject({ ok: false, code: 'DRAW.NO_CHANCE' });
});

test('prize stock is never exceeded: 50 shoppers draw at once for 5 units of a prize nearly everyone would win', async () => {
  const game = await saveDraw([points(1_000_000, 5), NONE]);
  const shoppers = await Promise.all(Array.from({ length: 50 }, () => createNewUser(rt)));
  for (const s of shoppers) await signIn(s);
  const results = await Promise.all(shoppers.map((s) => draw(s, game.id)));
  const won = results.filter((r) => r.ok && r.data.prizeId === 'P1');
  expect(won).toHaveLength(5);
  expect(await rt.store.get(COLLECTIONS.drawStocks, `${game.id}:P1`)).toMatchObject({ remaining: 0 });
  const records = await rt.store.find(COLLECTIONS.drawRecords, { drawId: game.id }, { limit: 100 });
  expect(records.filter((r) => r.prizeId === 'P1')).toHaveLength(5);
  // Every draw that answered has its record, and every refusal left its chance unused.
  expect(records).toHaveLength(results.filter((r) => r.ok).length);
  for (const r of results) if (!r.ok) expect(r).toMatchObject({ code: 'DRAW.BUSY' });
  // The points went to the five winners only, once each.
  expect(await rt.store.count(COLLECTIONS.pointsChanges, { ref: { $in: records.map((r) => r._id) } })).toBe(5);
  expect((await rt.ok('marketing-admin', 'listLuckyDraws', {}, OWNER))[0]).toMatchObject({ draws: records.length, prizesAdmin: [{ remaining: 0 }, { remaining: null }] });
});

test('a coupon prize is granted to the winner as a reward; staff see every draw; a stopped game refuses draws', async () => {
  const now = rt.now().getTime();
  const template = await rt.ok('marketing-admin', 'saveCouponTemplate', { requestId: aRequestId(), name: '满100减10', rule: { kind: 'FIXED', amountFen: 1000, thresholdFen: 10000 }, scope: { kind: 'ALL' }, validFrom: new Date(now - 3600_000).toISOString(), validTo: new Date(now + 30 * DAY_MS).toISOString(), perUserLimit: 5, totalQuantity: null, claimable: false }, OWNER);
  const game = await saveDraw([{ kind: 'COUPON', name: '满100减10券', couponTemplateId: template.id, points: 0, valueFen: 1000, stock: 10, weight: 1_000_000 }, NONE]);
  const shopper = await createNewUser(rt);
  await signIn(shopper);
  const result = await rt.ok('marketing', 'drawPrize', { drawId: game.id }, shopper);
  expect(result).toMatchObject({ prizeName: '满100减10券', won: true, couponId: expect.any(String) });
  expect(await rt.store.get(COLLECTIONS.userCoupons, result.couponId!)).toMatchObject({ userId: shopper, source: 'REWARD', status: 'UNUSED' });
  expect((await rt.ok('marketing-admin', 'listDrawRecords', { drawId: game.id }, OWNER)).items).toEqual([expect.objectContaining({ userId: shopper, prizeName: '满100减10券' })]);

  await rt.ok('marketing-admin', 'stopLuckyDraw', { drawId: game.id }, OWNER);
  await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 1 }]);
  expect(await draw(shopper, game.id)).toMatchObject({ ok: false, code: 'DRAW.NOT_OPEN' });
  expect(await rt.ok('marketing', 'listOpenLuckyDraws', {}, shopper)).toEqual([]);
});
