import { MARKETING_FN, type MarketingResults, type PreviewCheckoutInput } from '../contracts/marketing';
import { callAction } from './call-function';

export const listCouponCentre = () => callAction<MarketingResults['listCouponCentre']>(MARKETING_FN, 'listCouponCentre', {});

export const claimCoupon = (templateId: string, requestId: string) => callAction<MarketingResults['claimCoupon']>(MARKETING_FN, 'claimCoupon', { templateId, requestId });

export const listMyCoupons = (payload: { status?: 'UNUSED' | 'USED' | 'EXPIRED'; cursor?: number; limit?: number }) =>
  callAction<MarketingResults['listMyCoupons']>(MARKETING_FN, 'listMyCoupons', payload);

export const previewCheckout = (payload: PreviewCheckoutInput) => callAction<MarketingResults['previewCheckout']>(MARKETING_FN, 'previewCheckout', payload);

export const signIn = () => callAction<MarketingResults['signIn']>(MARKETING_FN, 'signIn', {});

export const getPointsAccount = (payload: { cursor?: number; limit?: number } = {}) => callAction<MarketingResults['getPointsAccount']>(MARKETING_FN, 'getPointsAccount', payload);

export const getMyMemberLevel = () => callAction<MarketingResults['getMyMemberLevel']>(MARKETING_FN, 'getMyMemberLevel', {});

/** 刮刮卡 / 大转盘: the games running now, one with its rules and my chances, a draw, and my prizes. */
export const listOpenLuckyDraws = () => callAction<MarketingResults['listOpenLuckyDraws']>(MARKETING_FN, 'listOpenLuckyDraws', {});
export const getLuckyDraw = (drawId: string) => callAction<MarketingResults['getLuckyDraw']>(MARKETING_FN, 'getLuckyDraw', { drawId });
export const drawPrize = (drawId: string) => callAction<MarketingResults['drawPrize']>(MARKETING_FN, 'drawPrize', { drawId });
export const listMyDrawRecords = (payload: { cursor?: number; limit?: number } = {}) => callAction<MarketingResults['listMyDrawRecords']>(MARKETING_FN, 'listMyDrawRecords', payload);

/** 我的集点卡: my cards with progress toward the next reward. */
export const listMyStampCards = () => callAction<MarketingResults['listMyStampCards']>(MARKETING_FN, 'listMyStampCards', {});
