import { defineApi, returns, type ResultsOf } from './define-api';
import { luckyDrawAdminInputs } from '../lucky-draw-inputs';
import { stampCardAdminInputs } from '../stamp-card-inputs';
import type { Page } from '../paging';
import type { DrawRecordView, LuckyDrawAdminView } from '../lucky-draw';
import type { StampCardView } from '../stamp-card';
import { marketingAdminInputs } from '../marketing-inputs';
import { MARKETING_ADMIN_FN, type CouponTemplateView, type FullReductionView, type MarketingRulesView, type UserCouponView } from '../marketing';

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
  listDrawRecords: { input: luckyDrawAdminInputs.listDrawRecords, result: returns<Page<DrawRecordView>>(), permission: 'marketing' },
  listLuckyDraws: { input: luckyDrawAdminInputs.listLuckyDraws, result: returns<LuckyDrawAdminView[]>(), permission: 'marketing' },
  listStampCards: { input: stampCardAdminInputs.listStampCards, result: returns<StampCardView[]>(), permission: 'marketing' },
  saveLuckyDraw: { input: luckyDrawAdminInputs.saveLuckyDraw, result: returns<LuckyDrawAdminView>(), permission: 'marketing' },
  saveStampCard: { input: stampCardAdminInputs.saveStampCard, result: returns<StampCardView>(), permission: 'marketing' },
  stopLuckyDraw: { input: luckyDrawAdminInputs.stopLuckyDraw, result: returns<LuckyDrawAdminView>(), permission: 'marketing' },
  stopStampCard: { input: stampCardAdminInputs.stopStampCard, result: returns<StampCardView>(), permission: 'marketing' },
});

/** Every action's result by name (from the API map). */
export type MarketingAdminResults = ResultsOf<typeof marketingAdminApi>;
