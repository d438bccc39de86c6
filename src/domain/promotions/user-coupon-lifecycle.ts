import { defineLifecycle } from '../shared/define-lifecycle';

/** A coupon a user holds. Expiry is read from its validity window, not stored as a status. */
export type UserCouponStatus = 'UNUSED' | 'USED';

/** The single held-coupon lifecycle: used by an order or at a counter, and given back when its order is cancelled. */
export const userCouponLifecycle = defineLifecycle<UserCouponStatus>({
  transitions: {
    UNUSED: ['USED'],
    USED: ['UNUSED'],
  },
  initial: ['UNUSED'],
  terminal: [],
  error: { code: 'COUPON.INVALID_TRANSITION', message: '优惠券状态不允许此操作' },
});
