import { defineLifecycle } from '../shared/define-lifecycle';
import type { BargainStatus } from './activity-status';

/**
 * The single 砍价 lifecycle. OPEN: friends may still cut (a help that is not the last one moves nothing). FLOORED: the
 * last cut reached the floor price. BOUGHT: the starter placed the order (a cancelled or unpaid order hands the
 * bargain back, OPEN or FLOORED by its cuts). EXPIRED: time ran out unbought.
 */
export const bargainLifecycle = defineLifecycle<BargainStatus>({
  transitions: {
    OPEN: ['FLOORED', 'BOUGHT', 'EXPIRED'],
    FLOORED: ['BOUGHT', 'EXPIRED'],
    BOUGHT: ['OPEN', 'FLOORED'],
    EXPIRED: [],
  },
  initial: ['OPEN'],
  terminal: ['EXPIRED'],
  error: { code: 'BARGAIN.INVALID_TRANSITION', message: '砍价状态不允许此操作' },
});
