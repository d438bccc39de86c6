import { marketingAdminApi } from '../../src/contracts/api/marketing-admin';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { getMarketingRules } from './actions/get-marketing-rules';
import { issueCoupon } from './actions/issue-coupon';
import { listCouponTemplates } from './actions/list-coupon-templates';
import { listFullReductions } from './actions/list-full-reductions';
import { saveCouponTemplate } from './actions/save-coupon-template';
import { saveFullReduction } from './actions/save-full-reduction';
import { setCouponTemplateStatus } from './actions/set-coupon-template-status';
import { setFullReductionStatus } from './actions/set-full-reduction-status';
import { updateMemberLevels } from './actions/update-member-levels';
import { updatePointsRules } from './actions/update-points-rules';
import { listLuckyDraws } from './actions/list-lucky-draws';
import { saveLuckyDraw } from './actions/save-lucky-draw';
import { stopLuckyDraw } from './actions/stop-lucky-draw';
import { listDrawRecords } from './actions/list-draw-records';
import { listStampCards } from './actions/list-stamp-cards';
import { saveStampCard } from './actions/save-stamp-card';
import { stopStampCard } from './actions/stop-stamp-card';

/** 营销管理 (staff with 'marketing'): coupon templates and issuing, 满减 activities, points rules, member levels, 刮刮卡 / 大转盘, 集点卡. */
export const marketingAdminHandler = createHandler(marketingAdminApi, {
  listCouponTemplates,
  saveCouponTemplate,
  setCouponTemplateStatus,
  issueCoupon,
  listFullReductions,
  saveFullReduction,
  setFullReductionStatus,
  getMarketingRules,
  updatePointsRules,
  updateMemberLevels,
  listLuckyDraws,
  saveLuckyDraw,
  stopLuckyDraw,
  listDrawRecords,
  listStampCards,
  saveStampCard,
  stopStampCard,
});
