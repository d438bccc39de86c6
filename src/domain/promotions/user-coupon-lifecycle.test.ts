import { userCouponLifecycle } from './user-coupon-lifecycle';

describe('userCouponLifecycle', () => {
  it('uses a coupon and gives it back, and has no end state', () => {
    expect(userCouponLifecycle.can('UNUSED', 'USED')).toBe(true);
    expect(userCouponLifecycle.can('USED', 'UNUSED')).toBe(true);
    expect(userCouponLifecycle.terminal).toEqual([]);
  });
});
