import { MARKETING_ADMIN_FN, type MarketingAdminResults, type MarketingRulesView, type SaveCouponTemplateInput, type SaveFullReductionInput } from '../contracts/marketing';
import type { SaveLuckyDrawInput } from '../contracts/lucky-draw';
import type { SaveStampCardInput } from '../contracts/stamp-card';
import { callAction } from './call-function';

type Status = 'ACTIVE' | 'STOPPED';

export const listCouponTemplates = (payload: { status?: Status; cursor?: number; limit?: number }) =>
  callAction<MarketingAdminResults['listCouponTemplates']>(MARKETING_ADMIN_FN, 'listCouponTemplates', payload);

export const saveCouponTemplate = (payload: SaveCouponTemplateInput) => callAction<MarketingAdminResults['saveCouponTemplate']>(MARKETING_ADMIN_FN, 'saveCouponTemplate', payload);

export const setCouponTemplateStatus = (templateId: string, status: Status) =>
  callAction<MarketingAdminResults['setCouponTemplateStatus']>(MARKETING_ADMIN_FN, 'setCouponTemplateStatus', { templateId, status });

export const issueCoupon = (payload: { templateId: string; userId: string; requestId: string }) => callAction<MarketingAdminResults['issueCoupon']>(MARKETING_ADMIN_FN, 'issueCoupon', payload);

export const listFullReductions = (payload: { status?: Status; cursor?: number; limit?: number }) =>
  callAction<MarketingAdminResults['listFullReductions']>(MARKETING_ADMIN_FN, 'listFullReductions', payload);

export const saveFullReduction = (payload: SaveFullReductionInput) => callAction<MarketingAdminResults['saveFullReduction']>(MARKETING_ADMIN_FN, 'saveFullReduction', payload);

export const setFullReductionStatus = (activityId: string, status: Status) =>
  callAction<MarketingAdminResults['setFullReductionStatus']>(MARKETING_ADMIN_FN, 'setFullReductionStatus', { activityId, status });

export const getMarketingRules = () => callAction<MarketingAdminResults['getMarketingRules']>(MARKETING_ADMIN_FN, 'getMarketingRules', {});

export const updatePointsRules = (expectedVersion: number, points: MarketingRulesView['points']) =>
  callAction<MarketingAdminResults['updatePointsRules']>(MARKETING_ADMIN_FN, 'updatePointsRules', { expectedVersion, points });

export const updateMemberLevels = (expectedVersion: number, levels: MarketingRulesView['levels']) =>
  callAction<MarketingAdminResults['updateMemberLevels']>(MARKETING_ADMIN_FN, 'updateMemberLevels', { expectedVersion, levels });

/** 刮刮卡 / 大转盘 (staff): the games with stock left, a new game, stopping one, and its draws. */
export const listLuckyDraws = () => callAction<MarketingAdminResults['listLuckyDraws']>(MARKETING_ADMIN_FN, 'listLuckyDraws', {});
export const saveLuckyDraw = (payload: SaveLuckyDrawInput) => callAction<MarketingAdminResults['saveLuckyDraw']>(MARKETING_ADMIN_FN, 'saveLuckyDraw', payload);
export const stopLuckyDraw = (drawId: string) => callAction<MarketingAdminResults['stopLuckyDraw']>(MARKETING_ADMIN_FN, 'stopLuckyDraw', { drawId });
export const listDrawRecords = (drawId: string, cursor?: number) =>
  callAction<MarketingAdminResults['listDrawRecords']>(MARKETING_ADMIN_FN, 'listDrawRecords', cursor ? { drawId, cursor } : { drawId });

/** 集点卡 (staff): the cards, a new card, stopping one. */
export const listStampCards = () => callAction<MarketingAdminResults['listStampCards']>(MARKETING_ADMIN_FN, 'listStampCards', {});
export const saveStampCard = (payload: SaveStampCardInput) => callAction<MarketingAdminResults['saveStampCard']>(MARKETING_ADMIN_FN, 'saveStampCard', payload);
export const stopStampCard = (cardId: string) => callAction<MarketingAdminResults['stopStampCard']>(MARKETING_ADMIN_FN, 'stopStampCard', { cardId });
