import { defineApi, returns, type ResultsOf } from './define-api';
import { luckyDrawInputs } from '../lucky-draw-inputs';
import { stampCardInputs } from '../stamp-card-inputs';
import type { DrawRecordView, DrawResultView, LuckyDrawView } from '../lucky-draw';
import type { Page } from '../paging';
import type { MyStampCardView } from '../stamp-card';
import { marketingInputs } from '../marketing-inputs';
import { MARKETING_FN, type CheckoutPreview, type CouponCentreItem, type MyMemberLevelView, type PointsAccountView, type SignInResult, type UserCouponView } from '../marketing';

/** The marketing function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const marketingApi = defineApi(MARKETING_FN, {
  listCouponCentre: { input: marketingInputs.listCouponCentre, result: returns<CouponCentreItem[]>(), permission: 'user' },
  claimCoupon: { input: marketingInputs.claimCoupon, result: returns<UserCouponView>(), permission: 'user' },
  listMyCoupons: { input: marketingInputs.listMyCoupons, result: returns<Page<UserCouponView>>(), permission: 'user' },
  previewCheckout: { input: marketingInputs.previewCheckout, result: returns<CheckoutPreview>(), permission: 'user' },
  signIn: { input: marketingInputs.signIn, result: returns<SignInResult>(), permission: 'user' },
  getPointsAccount: { input: marketingInputs.getPointsAccount, result: returns<PointsAccountView>(), permission: 'user' },
  getMyMemberLevel: { input: marketingInputs.getMyMemberLevel, result: returns<MyMemberLevelView>(), permission: 'user' },
  drawPrize: { input: luckyDrawInputs.drawPrize, result: returns<DrawResultView>(), permission: 'user' },
  getLuckyDraw: { input: luckyDrawInputs.getLuckyDraw, result: returns<LuckyDrawView>(), permission: 'user' },
  listMyDrawRecords: { input: luckyDrawInputs.listMyDrawRecords, result: returns<Page<DrawRecordView>>(), permission: 'user' },
  listMyStampCards: { input: stampCardInputs.listMyStampCards, result: returns<MyStampCardView[]>(), permission: 'user' },
  listOpenLuckyDraws: { input: luckyDrawInputs.listOpenLuckyDraws, result: returns<LuckyDrawView[]>(), permission: 'user' },
});

/** Every action's result by name (from the API map). */
export type MarketingResults = ResultsOf<typeof marketingApi>;
