import { MARKETING_ADMIN_FN, type MarketingRulesView } from '../contracts/marketing';
import { apiClient } from './call-function';
import type { marketingAdminApi } from '../contracts/api/marketing-admin';

const marketingAdminClient = apiClient<typeof marketingAdminApi>(MARKETING_ADMIN_FN);

type Status = 'ACTIVE' | 'STOPPED';

export const listCouponTemplates = marketingAdminClient.listCouponTemplates;

export const saveCouponTemplate = marketingAdminClient.saveCouponTemplate;

export const setCouponTemplateStatus = (templateId: string, status: Status) =>
  marketingAdminClient.setCouponTemplateStatus({ templateId, status });

export const issueCoupon = marketingAdminClient.issueCoupon;

export const listFullReductions = marketingAdminClient.listFullReductions;

export const saveFullReduction = marketingAdminClient.saveFullReduction;

export const setFullReductionStatus = (activityId: string, status: Status) =>
  marketingAdminClient.setFullReductionStatus({ activityId, status });

export const getMarketingRules = () => marketingAdminClient.getMarketingRules();

export const updatePointsRules = (expectedVersion: number, points: MarketingRulesView['points']) =>
  marketingAdminClient.updatePointsRules({ expectedVersion, points });

export const updateMemberLevels = (expectedVersion: number, levels: MarketingRulesView['levels']) =>
  marketingAdminClient.updateMemberLevels({ expectedVersion, levels });

/** 刮刮卡 / 大转盘 (staff): the games with stock left, a new game, stopping one, and its draws. */
export const listLuckyDraws = () => marketingAdminClient.listLuckyDraws();
export const saveLuckyDraw = marketingAdminClient.saveLuckyDraw;
export const stopLuckyDraw = (drawId: string) => marketingAdminClient.stopLuckyDraw({ drawId });
export const listDrawRecords = (drawId: string, cursor?: number) =>
  marketingAdminClient.listDrawRecords(cursor ? { drawId, cursor } : { drawId });

/** 集点卡 (staff): the cards, a new card, stopping one. */
export const listStampCards = () => marketingAdminClient.listStampCards();
export const saveStampCard = marketingAdminClient.saveStampCard;
export const stopStampCard = (cardId: string) => marketingAdminClient.stopStampCard({ cardId });
