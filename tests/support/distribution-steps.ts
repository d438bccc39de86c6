import type { PolicyEdit, PolicyView } from '../../src/contracts/distribution-admin';
import type { OrderView } from '../../src/contracts/orders';
import { ADDRESS, aRequestId, type TestRuntime } from './test-runtime';

/** Steps the distribution tests share, each through the real handlers. */

export const OWNER = 'dev_staff';

/** Saves a policy change as the owner, through updatePolicy (never by writing the document). */
export async function savePolicy(rt: TestRuntime, change: Partial<PolicyEdit>, extra: { acknowledgeThreeLevels?: boolean } = {}): Promise<PolicyView> {
  const { policy } = await rt.ok('distribution-admin', 'getPolicy', {}, OWNER);
  const { version, threeLevelAck: _ack, ...edit } = policy;
  return rt.ok('distribution-admin', 'updatePolicy', { policy: { ...edit, ...change }, expectedVersion: version, ...extra }, OWNER);
}

/** Makes `openid` an active distributor (staff designation works under every qualification mode) and returns their shop code. */
export async function distributorCode(rt: TestRuntime, openid: string): Promise<string> {
  await rt.ok('distribution-admin', 'designateDistributor', { userId: openid }, OWNER);
  return (await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, openid)).scene;
}

export const bind = (rt: TestRuntime, scene: string, openid: string) => rt.ok('referral', 'bindByScene', { scene }, openid);

export function createOrder(rt: TestRuntime, buyer: string, skuId: string, quantity: number): Promise<OrderView> {
  return rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId, quantity }], address: ADDRESS }, buyer);
}

/** Creates and pays an order; returns it. */
export async function buyAndPay(rt: TestRuntime, buyer: string, skuId: string, quantity: number): Promise<OrderView> {
  const order = await createOrder(rt, buyer, skuId, quantity);
  expect(await rt.pay(order.id)).toEqual({ errcode: 0, errmsg: 'PAID' });
  return order;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
