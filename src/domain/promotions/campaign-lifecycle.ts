import { defineLifecycle } from '../shared/define-lifecycle';

/** A coupon template or a 满减 activity, as staff switch it: granting / applying, or stopped. */
export type CampaignStatus = 'ACTIVE' | 'STOPPED';

/** The single campaign lifecycle: created ACTIVE, stopped and resumed at will. */
export const campaignLifecycle = defineLifecycle<CampaignStatus>({
  transitions: {
    ACTIVE: ['STOPPED'],
    STOPPED: ['ACTIVE'],
  },
  initial: ['ACTIVE'],
  terminal: [],
  error: { code: 'MARKETING.INVALID_TRANSITION', message: '活动状态不允许此操作' },
});
