/**
 * Where a coupon may be used: in an online order, at a store counter (核销 by staff, no order), or both. Templates
 * made before this existed have no usage and stay online-only, so nothing already issued changes meaning.
 */
export type CouponUsage = 'ONLINE' | 'IN_STORE' | 'BOTH';

export const DEFAULT_COUPON_USAGE: CouponUsage = 'ONLINE';

export const COUPON_USAGE_LABELS: Record<CouponUsage, string> = { ONLINE: '线上使用', IN_STORE: '仅限到店', BOTH: '线上或到店' };

export function usageOf(usage: CouponUsage | undefined): CouponUsage {
  return usage ?? DEFAULT_COUPON_USAGE;
}

/** An online checkout may offer and accept the coupon. */
export function usableOnline(usage: CouponUsage | undefined): boolean {
  return usageOf(usage) !== 'IN_STORE';
}

/** Staff may verify the coupon at a counter. */
export function usableInStore(usage: CouponUsage | undefined): boolean {
  return usageOf(usage) !== 'ONLINE';
}

export type CounterUseRefusal = 'ONLINE_ONLY' | 'USED' | 'NOT_STARTED' | 'EXPIRED';

export interface CounterCoupon {
  usage?: CouponUsage | undefined;
  status: 'UNUSED' | 'USED';
  /** ISO times; valid on [validFrom, validTo), the same window online checkout uses. */
  validFrom: string;
  validTo: string;
}

/** Why staff may not verify this coupon at the counter now, or null when they may. */
export function counterUseRefusal(coupon: CounterCoupon, nowMs: number): CounterUseRefusal | null {
  if (!usableInStore(coupon.usage)) return 'ONLINE_ONLY';
  if (coupon.status !== 'UNUSED') return 'USED';
  if (nowMs < Date.parse(coupon.validFrom)) return 'NOT_STARTED';
  if (nowMs >= Date.parse(coupon.validTo)) return 'EXPIRED';
  return null;
}
