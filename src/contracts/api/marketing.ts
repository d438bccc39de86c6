import { defineApi, returns } from './define-api';
import { marketingInputs } from '../marketing-inputs';
import { MARKETING_FN, type CheckoutPreview, type CouponCentreItem, type MyMemberLevelView, type PointsAccountView, type SignInResult, type UserCouponView } from '../marketing';
import type { Page } from '../paging';

/** The marketing function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const marketingApi = defineApi(MARKETING_FN, {
  listCouponCentre: { input: marketingInputs.listCouponCentre, result: returns<CouponCentreItem[]>(), permission: 'user' },
  claimCoupon: { input: marketingInputs.claimCoupon, result: returns<UserCouponView>(), permission: 'user' },
  listMyCoupons: { input: marketingInputs.listMyCoupons, result: returns<Page<UserCouponView>>(), permission: 'user' },
  previewCheckout: { input: marketingInputs.previewCheckout, result: returns<CheckoutPreview>(), permission: 'user' },
  signIn: { input: marketingInputs.signIn, result: returns<SignInResult>(), permission: 'user' },
  getPointsAccount: { input: marketingInputs.getPointsAccount, result: returns<PointsAccountView>(), permission: 'user' },
  getMyMemberLevel: { input: marketingInputs.getMyMemberLevel, result: returns<MyMemberLevelView>(), permission: 'user' },
});
