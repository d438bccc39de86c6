import { defineLifecycle } from '../shared/define-lifecycle';
import type { UserCouponStatus } from './coupon-status';

/**
 * The single held-coupon lifecycle: used by an order or at a counter, and given back when its order is cancelled.
 * Expiry is read from its validity window, not stored as a status.
 */
export const userCouponLifecycle = defineLifecycle<UserCouponStatus>({
  transitions: {
    UNUSED: ['USED'],
    USED: ['UNUSED'],
  },
  initial: ['UNUSED'],
  terminal: [],
  error: { code: 'COUPON.INVALID_TRANSITION', message: '优惠券状态不允许此操作' },
});
