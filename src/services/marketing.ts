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

/** 刮刮卡 / 大转盘: the games running now, one with its rules and my chances, a draw, and my prizes. */
export const listOpenLuckyDraws = () => marketingClient.listOpenLuckyDraws();
export const getLuckyDraw = (drawId: string) => marketingClient.getLuckyDraw({ drawId });
export const drawPrize = (drawId: string) => marketingClient.drawPrize({ drawId });
export const listMyDrawRecords = marketingClient.listMyDrawRecords;

/** 我的集点卡: my cards with progress toward the next reward. */
export const listMyStampCards = () => marketingClient.listMyStampCards();
