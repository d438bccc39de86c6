import { defineLifecycle } from '../shared/define-lifecycle';
import type { CouponTemplateStatus } from './coupon-status';

/**
 * The single campaign lifecycle, for a coupon template and a 满减 activity alike (both hold a CouponTemplateStatus):
 * created ACTIVE, stopped and resumed at will.
 */
export const campaignLifecycle = defineLifecycle<CouponTemplateStatus>({
  transitions: {
    ACTIVE: ['STOPPED'],
    STOPPED: ['ACTIVE'],
  },
  initial: ['ACTIVE'],
  terminal: [],
  error: { code: 'MARKETING.INVALID_TRANSITION', message: '活动状态不允许此操作' },
});
