import type { FnAction, FnName, FnPayload } from '../../src/contracts/api/apis';
import type { Envelope } from '../../src/contracts/envelope';
import { PERSONAS } from './personas';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The demo store (also the O2O tests' store). */
export const DEMO_STORE = {
  name: '西湖旗舰店',
  address: '杭州市西湖区文三路 200 号',
  region: { province: '浙江省', city: '杭州市', district: '西湖区' },
  location: { latitude: 30.2769, longitude: 120.1389 },
  phone: '0571-88886666',
  hours: { open: '09:00', close: '21:00' },
  photos: [] as string[],
  open: true,
  slotTimes: ['10:00', '14:00', '16:00'],
  slotCapacity: 5,
};

/** Calls an admin action as the demo owner; a refusal throws. */
export type OwnerCall = <F extends FnName, K extends FnAction<F>>(fn: F, action: K, payload: FnPayload<F, K>) => Promise<unknown>;

/** The demo owner over the local gateway, as `npm start` does it. */
export function ownerOverGateway(baseUrl: string): OwnerCall {
  const owner = PERSONAS.find((p) => p.role === 'owner')?.openid ?? 'dev_staff';
  return async (fn, action, payload) => {
    const res = await fetch(`${baseUrl}/api/fn/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-openid': owner }, body: JSON.stringify({ action, payload }) });
    const envelope = (await res.json()) as Envelope<unknown>;
    if (!envelope.ok) throw new Error(`demo ${fn}.${action}: ${envelope.code} ${envelope.message}`);
    return envelope.data;
  };
}

/**
 * What `npm start` adds to the demo shop so every tool can be tried at once: a claimable coupon, a 秒杀, a 拼团, a
 * 砍价, a 大转盘, a 集点卡 and a store with pickup and booking slots and 优惠买单. Made through the admin actions as the demo owner (so each passes the
 * same checks a merchant's would), with fixed request ids: a restart on the same database finds them instead of
 * adding more. Not part of the test seed, whose prices tests rely on.
 */
export async function seedDemoMarketing(call: OwnerCall, now: Date): Promise<void> {
  const window = { startAt: now.toISOString(), endAt: new Date(now.getTime() + 30 * DAY_MS).toISOString() };
  await call('marketing-admin', 'saveCouponTemplate', {
    requestId: 'demo-coupon-100-10',
    name: '满100减10',
    rule: { kind: 'FIXED', amountFen: 1000, thresholdFen: 10000 },
    scope: { kind: 'ALL' },
    validFrom: window.startAt,
    validTo: window.endAt,
    perUserLimit: 1,
    totalQuantity: null,
    claimable: true,
  });
  await call('activity-admin', 'saveFlashSale', { requestId: 'demo-flash-apple', skuId: 'p02-s1', ...window, priceFen: 1990, stockTotal: 50, perUserLimit: 2 });
  await call('activity-admin', 'saveGroupBuy', { requestId: 'demo-group-strawberry', skuId: 'p04-s1', ...window, priceFen: 4990, leaderPriceFen: null, requiredMembers: 2, hours: 24, paysCommission: false });
  await call('activity-admin', 'saveBargainActivity', { requestId: 'demo-bargain-orange', skuId: 'p01-s1', ...window, floorFen: 990, helps: 5, minCutFen: 100, maxCutFen: 1500, hours: 24 });
  await seedDemoLuckyDraw(call, window);
  await seedDemoStampCard(call, window);
  const store = (await call('store-admin', 'saveStore', { requestId: 'demo-store-west-lake', ...DEMO_STORE })) as { id: string };
  await seedDemoCounter(call, store.id);
  // 每日签到 gives something real in the demo (the shop's default is no points): 10 a day, +20 on the 7th day running,
  // 1 point per ¥1 spent, 100 points = ¥1. Only on a shop whose rules were never saved, so a restart keeps edits.
  const rules = (await call('marketing-admin', 'getMarketingRules', {})) as { version: number };
  if (rules.version === 0) {
    await call('marketing-admin', 'updatePointsRules', {
      expectedVersion: 0,
      points: { earnBps: 100, fenPerPoint: 1, maxDeductionBps: 5000, signInPoints: 10, streakBonuses: [{ day: 7, points: 20 }] },
    });
  }
}

/** A no-threshold coupon that is only given (a prize, a reward), never claimed, for the demo's window. */
async function saveRewardCoupon(call: OwnerCall, window: { startAt: string; endAt: string }, requestId: string, name: string, amountFen: number): Promise<{ id: string }> {
  return (await call('marketing-admin', 'saveCouponTemplate', {
    requestId,
    name,
    rule: { kind: 'FIXED', amountFen, thresholdFen: 0 },
    scope: { kind: 'ALL' },
    validFrom: window.startAt,
    validTo: window.endAt,
    perUserLimit: 10,
    totalQuantity: null,
    claimable: false,
  })) as { id: string };
}

/** A 大转盘 running for 30 days: a ¥5 coupon (20), 88 points (100) or 谢谢参与; a chance from sign-in and from each paid order, 3 a day. */
async function seedDemoLuckyDraw(call: OwnerCall, window: { startAt: string; endAt: string }): Promise<void> {
  const coupon = await saveRewardCoupon(call, window, 'demo-coupon-draw-5', '无门槛5元券', 500);
  await call('marketing-admin', 'saveLuckyDraw', {
    requestId: 'demo-lucky-wheel',
    name: '幸运大转盘',
    style: 'WHEEL',
    rulesText: '活动期间每日签到可得 1 次抽奖机会，当天每笔付款订单再得 1 次，每人每天最多 3 次。奖品即时发放到「我的优惠券」或积分账户。抽奖免费，不以购买抽奖机会为条件。',
    prizes: [
      { kind: 'COUPON', name: '无门槛5元券', couponTemplateId: coupon.id, points: 0, valueFen: 500, stock: 20, weight: 10 },
      { kind: 'POINTS', name: '88 积分', couponTemplateId: null, points: 88, valueFen: 88, stock: 100, weight: 30 },
      { kind: 'NONE', name: '谢谢参与', couponTemplateId: null, points: 0, valueFen: 0, stock: null, weight: 60 },
    ],
    chancesPerDay: 3,
    chanceFromSignIn: true,
    chancePerPaidOrder: true,
    ...window,
  });
}

/** A 集点卡: 5 stamps (a line of 赣南脐橙, a pickup handed over, or a 优惠买单 of ¥50 or more each) → a ¥15 coupon. */
async function seedDemoStampCard(call: OwnerCall, window: { startAt: string; endAt: string }): Promise<void> {
  const reward = await saveRewardCoupon(call, window, 'demo-coupon-stamp-reward', '集点奖励15元券', 1500);
  await call('marketing-admin', 'saveStampCard', { requestId: 'demo-stamp-card', name: '集满 5 点送 15 元券', goal: 5, rewardTemplateId: reward.id, productIds: ['p01'], perPickup: true, counterMinFen: 5000, ...window });
}

/** 优惠买单 at the demo store: 满100减10 / 满200减30 all day, ¥5,000 a bill, no commission — switched on once only. */
async function seedDemoCounter(call: OwnerCall, storeId: string): Promise<void> {
  const current = (await call('store-admin', 'getCounterSettings', { storeId })) as { version: number; settings: { enabled: boolean } };
  if (current.settings.enabled) return;
  const offer = { kind: 'TIERS' as const, tiers: [{ thresholdFen: 10000, reductionFen: 1000 }, { thresholdFen: 20000, reductionFen: 3000 }] };
  await call('store-admin', 'saveCounterSettings', { storeId, expectedVersion: current.version, settings: { enabled: true, offer, window: null, limitFen: 500000, paysCommission: false } });
}
