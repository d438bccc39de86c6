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

/** 营销管理 (staff with 'marketing'): coupon templates and issuing, 满减 activities, points rules, member levels. */
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
});
