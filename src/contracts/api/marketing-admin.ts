import { defineApi, returns } from './define-api';
import { marketingAdminInputs } from '../marketing-inputs';
import { MARKETING_ADMIN_FN, type CouponTemplateView, type FullReductionView, type MarketingRulesView, type UserCouponView } from '../marketing';
import type { Page } from '../paging';

/** The marketing-admin function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const marketingAdminApi = defineApi(MARKETING_ADMIN_FN, {
  listCouponTemplates: { input: marketingAdminInputs.listCouponTemplates, result: returns<Page<CouponTemplateView>>(), permission: 'marketing' },
  saveCouponTemplate: { input: marketingAdminInputs.saveCouponTemplate, result: returns<CouponTemplateView>(), permission: 'marketing' },
  setCouponTemplateStatus: { input: marketingAdminInputs.setCouponTemplateStatus, result: returns<CouponTemplateView>(), permission: 'marketing' },
  issueCoupon: { input: marketingAdminInputs.issueCoupon, result: returns<UserCouponView>(), permission: 'marketing' },
  listFullReductions: { input: marketingAdminInputs.listFullReductions, result: returns<Page<FullReductionView>>(), permission: 'marketing' },
  saveFullReduction: { input: marketingAdminInputs.saveFullReduction, result: returns<FullReductionView>(), permission: 'marketing' },
  setFullReductionStatus: { input: marketingAdminInputs.setFullReductionStatus, result: returns<FullReductionView>(), permission: 'marketing' },
  getMarketingRules: { input: marketingAdminInputs.getMarketingRules, result: returns<MarketingRulesView>(), permission: 'marketing' },
  updatePointsRules: { input: marketingAdminInputs.updatePointsRules, result: returns<MarketingRulesView>(), permission: 'marketing' },
  updateMemberLevels: { input: marketingAdminInputs.updateMemberLevels, result: returns<MarketingRulesView>(), permission: 'marketing' },
});
