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
 * 砍价 and a store with pickup and booking slots. Made through the admin actions as the demo owner (so each passes the
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
  await call('store-admin', 'saveStore', { requestId: 'demo-store-west-lake', ...DEMO_STORE });
}
