import type { OrderView } from '../../src/contracts/orders';
import type { StoreAdminView } from '../../src/contracts/stores';
import { shanghaiDay } from '../../src/domain/shared/shanghai-day';
import { createNewUser } from '../../server/seed/personas';
import { DEMO_STORE } from '../../server/seed/seed-demo-marketing';
import { ADDRESS, aRequestId, type TestRuntime } from './test-runtime';

/** Steps the O2O tests share, each through the real handlers. */

export const OWNER = 'dev_staff';

export const WEST_LAKE_STORE = DEMO_STORE;

export async function createStore(rt: TestRuntime, fields: Partial<typeof WEST_LAKE_STORE> = {}): Promise<StoreAdminView> {
  return rt.ok('store-admin', 'saveStore', { requestId: aRequestId(), ...WEST_LAKE_STORE, ...fields }, OWNER);
}

/** A store with one staff member (a fresh user, made an active distributor by the assignment) and their counter code. */
export async function storeWithStaff(rt: TestRuntime, fields: Partial<typeof WEST_LAKE_STORE> = {}) {
  const store = await createStore(rt, fields);
  const clerk = await createNewUser(rt);
  const staffed = await rt.ok('store-admin', 'setStoreStaff', { storeId: store.id, expectedVersion: store.version, distributorId: null, staff: [{ userId: clerk, title: '店员 小王' }] }, OWNER);
  const code = await rt.ok('store-admin', 'createStoreCode', { storeId: store.id, staffUserId: clerk }, OWNER);
  return { store: staffed, clerk, code };
}

export function createPickupOrder(rt: TestRuntime, buyer: string, storeId: string, lines: Array<{ skuId: string; quantity: number }>): Promise<OrderView> {
  return rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines, address: ADDRESS, delivery: { kind: 'PICKUP', storeId } }, buyer);
}

export async function payOrder(rt: TestRuntime, orderId: string): Promise<void> {
  const reply = await rt.pay(orderId);
  if (reply.errcode !== 0) throw new Error(`pay failed: ${reply.errmsg}`);
}

/** What the authorization matrix needs to call every store-admin action: a store, a paid pickup, a booking, an agent. */
export async function o2oFixture(rt: TestRuntime, buyer: string) {
  const { store } = await storeWithStaff(rt);
  const order = await createPickupOrder(rt, buyer, store.id, [{ skuId: 'p06-s1', quantity: 1 }]);
  await payOrder(rt, order.id);
  const { code: pickupCode } = await rt.ok('stores', 'getMyPickupCode', { orderId: order.id }, buyer);
  const reservation = await rt.ok('stores', 'reserveSlot', { requestId: aRequestId(), storeId: store.id, date: shanghaiDay(rt.now().getTime() + 2 * 24 * 3600 * 1000), time: '10:00', payMode: 'IN_STORE' }, buyer);
  const agent = await rt.ok('store-admin', 'saveAgent', { userId: await createNewUser(rt), region: { province: '江苏省', city: null, district: null }, rateBps: 100 }, OWNER);
  const coupon = await inStoreCoupon(rt, buyer);
  return { storeId: store.id, pickupCode, reservationCode: reservation.code, agentId: agent.id, couponId: coupon.couponId, couponCode: coupon.code };
}

/** Staff make an in-store coupon template, issue one to the shopper, and the shopper reveals its counter code (到店使用). */
export async function inStoreCoupon(
  rt: TestRuntime,
  holder: string,
  extra: { usage?: 'ONLINE' | 'IN_STORE' | 'BOTH'; validFrom?: string; validTo?: string } = {},
): Promise<{ templateId: string; couponId: string; code: string }> {
  const now = rt.now().getTime();
  const template = await rt.ok(
    'marketing-admin',
    'saveCouponTemplate',
    {
      requestId: aRequestId(),
      name: '到店立减10元',
      rule: { kind: 'FIXED', amountFen: 1000, thresholdFen: 0 },
      scope: { kind: 'ALL' },
      validFrom: new Date(now - 3600_000).toISOString(),
      validTo: new Date(now + 7 * 24 * 3600_000).toISOString(),
      perUserLimit: 10,
      totalQuantity: null,
      claimable: false,
      usage: 'IN_STORE',
      ...extra,
    },
    OWNER,
  );
  const coupon = await rt.ok('marketing-admin', 'issueCoupon', { templateId: template.id, userId: holder, requestId: aRequestId() }, OWNER);
  if (extra.usage === 'ONLINE') return { templateId: template.id, couponId: coupon.id, code: '' };
  const { code } = await rt.ok('stores', 'getMyCouponCode', { couponId: coupon.id }, holder);
  return { templateId: template.id, couponId: coupon.id, code };
}

export const storeVersion = async (rt: TestRuntime, storeId: string) =>
  (await rt.ok('store-admin', 'listStores', {}, OWNER)).find((s) => s.id === storeId)?.version ?? 0;
