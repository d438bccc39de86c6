import type { z } from 'zod';
import type { stampCardAdminInputs } from './stamp-card-inputs';
import type { Page } from './paging';

export { STAMP_ERRORS } from '../domain/stamps/stamp-errors';

/** A 集点卡 as shoppers and staff see it. */
export interface StampCardView {
  id: string;
  name: string;
  goal: number;
  rewardTemplateId: string;
  rewardName: string;
  productIds: string[];
  perPickup: boolean;
  counterMinFen: number | null;
  startAt: string;
  endAt: string;
  running: boolean;
}

/** My card: progress toward the next reward; `owed` = stamps refunded after a reward, earned again first. */
export interface MyStampCardView extends StampCardView {
  active: number;
  towardNext: number;
  owed: number;
  rewardsGranted: number;
  rewardCouponIds: string[];
}

export type { Page };

export type SaveStampCardInput = z.infer<typeof stampCardAdminInputs.saveStampCard>;
