import type { TestRuntime } from './test-runtime';
import { aRequestId } from './test-runtime';

export const HOUR_MS = 3_600_000;
/** p01-s1 (赣南脐橙 5斤装) lists at 3990 分 in the demo catalogue. */
export const ACTIVITY_SKU = 'p01-s1';

const window = (rt: TestRuntime, hours = 24) => ({ startAt: new Date(rt.now().getTime() - HOUR_MS).toISOString(), endAt: new Date(rt.now().getTime() + hours * HOUR_MS).toISOString() });

export function createFlashSale(rt: TestRuntime, extra: Partial<{ stockTotal: number; perUserLimit: number | null; priceFen: number; paysCommission: boolean }> = {}) {
  return rt.ok(
    'activity-admin',
    'saveFlashSale',
    { requestId: aRequestId(), skuId: ACTIVITY_SKU, ...window(rt), priceFen: 1990, stockTotal: 10, perUserLimit: 1, ...extra },
    'dev_staff',
  );
}

export function createGroupBuy(rt: TestRuntime, extra: Partial<{ requiredMembers: number; hours: number; leaderPriceFen: number | null; paysCommission: boolean }> = {}) {
  return rt.ok(
    'activity-admin',
    'saveGroupBuy',
    { requestId: aRequestId(), skuId: ACTIVITY_SKU, ...window(rt, 72), priceFen: 2990, leaderPriceFen: 2790, requiredMembers: 3, hours: 24, ...extra },
    'dev_staff',
  );
}

export function createBargainActivity(rt: TestRuntime, extra: Partial<{ helps: number; floorFen: number; minCutFen: number; maxCutFen: number }> = {}) {
  return rt.ok(
    'activity-admin',
    'saveBargainActivity',
    { requestId: aRequestId(), skuId: ACTIVITY_SKU, ...window(rt), floorFen: 990, helps: 5, minCutFen: 100, maxCutFen: 1500, hours: 24, ...extra },
    'dev_staff',
  );
}
