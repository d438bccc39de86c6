import { MARKETING_FN } from '../contracts/marketing';
import { apiClient } from './call-function';
import type { marketingApi } from '../contracts/api/marketing';

const marketingClient = apiClient<typeof marketingApi>(MARKETING_FN);

export const listCouponCentre = () => marketingClient.listCouponCentre();

export const claimCoupon = (templateId: string, requestId: string) => marketingClient.claimCoupon({ templateId, requestId });

export const listMyCoupons = marketingClient.listMyCoupons;

export const previewCheckout = marketingClient.previewCheckout;

export const signIn = () => marketingClient.signIn();

export const getPointsAccount = marketingClient.getPointsAccount;

export const getMyMemberLevel = () => marketingClient.getMyMemberLevel();
