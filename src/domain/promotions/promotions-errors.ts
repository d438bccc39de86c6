/**
 * Every reason a marketing (优惠券, 满减, 积分, 会员等级) action is refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const MARKETING_ERRORS = {
  COUPON_NOT_FOUND: { code: 'COUPON.NOT_FOUND', message: '优惠券不存在' },
  COUPON_STOPPED: { code: 'COUPON.STOPPED', message: '该优惠券已停止发放' },
  COUPON_SOLD_OUT: { code: 'COUPON.SOLD_OUT', message: '优惠券已领完' },
  COUPON_USER_LIMIT: { code: 'COUPON.USER_LIMIT', message: '已达到每人领取上限' },
  COUPON_NOT_CLAIMABLE: { code: 'COUPON.NOT_CLAIMABLE', message: '该优惠券不能自行领取' },
  COUPON_NOT_USABLE: { code: 'COUPON.NOT_USABLE', message: '该优惠券仅限到店使用，不能用于线上订单' },
  COUPON_USED: { code: 'COUPON.USED', message: '该优惠券已被其他订单使用' },
  FULL_REDUCTION_NOT_FOUND: { code: 'FULL_REDUCTION.NOT_FOUND', message: '满减活动不存在' },
  POINTS_INSUFFICIENT: { code: 'POINTS.INSUFFICIENT', message: '积分不足' },
  CHANGED: { code: 'MARKETING.CHANGED', message: '活动已被修改，请刷新后重试' },
  BUSY: { code: 'MARKETING.BUSY', message: '领券的人太多了，请重试' },
  USER_NOT_FOUND: { code: 'MARKETING.USER_NOT_FOUND', message: '用户不存在' },
} as const;
