import type { Qualification } from '../domain/distribution/distribution-policy';
import type { DistributorStatus } from '../domain/distribution/distributor-lifecycle';
import type { Bps, Fen } from '../domain/money/fen';
import type { GradeProgress } from '../domain/distribution/grade-progress';
import type { ProductCard } from './catalog';
export const DISTRIBUTOR_FN = 'distributor';

export type ShareTarget = { kind: 'shop' } | { kind: 'product'; productId: string };

export type { DistributorStatus } from '../domain/distribution/distributor-lifecycle';

export interface DistributorView {
  /** APPLIED / REJECTED under the APPLICATION qualification; FROZEN earns but cannot withdraw. */
  status: DistributorStatus;
  gradeId: string | null;
  shopName: string;
  /** When the current status began: application time while APPLIED, admission time once ACTIVE. */
  since: string;
  /** Staff's note on a reviewed application (e.g. why it was rejected). */
  reviewNote: string | null;
}

/** What the applicant fills in under the APPLICATION qualification. */
export interface DistributorApplication {
  realName: string;
  phone: string;
  reason: string;
}

export interface DistributorPanel {
  nickname: string;
  distributor: DistributorView | null;
  directTeamCount: number;
  superiorName: string | null;
  /** How a shopper becomes a distributor in this shop, so the page can show the way in (form, threshold …). */
  qualification: Qualification;
}

export interface ShareCode {
  scene: string;
  /** Mini-program path for a share card; carries the scene, never a user id. */
  sharePath: string;
  /** Image of the mini-program code (a QR of the H5 URL in local mode). */
  imageUrl: string;
  /** Local mode only: the H5 URL the QR encodes. */
  h5Url: string | null;
  /** The sharer's shop name, for posters. */
  shopName: string;
}

/** A shop as any visitor sees it: only content that passed the check, only products still on shelf. */
export interface ShopView {
  shopId: string;
  name: string;
  intro: string;
  logoUrl: string | null;
  bannerUrl: string | null;
  products: ProductCard[];
}

/** The owner's view: the same, plus every picked id (a product taken off shelf stays picked but is not shown). */
export interface MyShopView extends ShopView {
  productIds: string[];
}

export type ShopImageKind = 'logo' | 'banner';
export type ShopImageType = 'image/png' | 'image/jpeg';

/** Most products a shop may show: a shop is a curated shelf, and the public page reads them in one query. */
export const MAX_SHOP_PRODUCTS = 50;
export const MAX_SHOP_NAME_CHARS = 20;
export const MAX_SHOP_INTRO_CHARS = 200;

export type TeamLevel = 1 | 2;

/** A downline as their upline sees them: masked, with what they did for the viewer. */
export interface TeamMemberView {
  /** Opaque per-viewer key for list rendering; never the member's openid. */
  key: string;
  maskedName: string;
  level: TeamLevel;
  joinedAt: string | null;
  paidOrderCount: number;
  /** Net commission (after refunds) the viewer earned on this member's orders. */
  commissionFen: Fen;
}

export interface TeamCounts {
  level1: number;
  level2: number;
}

export type { ConditionProgress, GradeConditionKey, GradeProgress } from '../domain/distribution/grade-progress';

/** The grade card: current grade (or the base rates), the next grade and progress on each of its conditions. */
export interface GradeCard extends GradeProgress {
  /** What a distributor without a grade earns per level. */
  baseRatesBps: Bps[];
}

export type { RankingPeriod } from '../domain/ranking/ranking-period';
export type RankingKind = 'SETTLED_COMMISSION' | 'NEW_PAYING_DOWNLINES';

export interface RankingRow {
  rank: number;
  maskedName: string;
  /** 分 for SETTLED_COMMISSION, a head count for NEW_PAYING_DOWNLINES. */
  value: number;
  isMe: boolean;
}

export interface Ranking {
  kind: RankingKind;
  since: string;
  rows: RankingRow[];
  /** The caller's rank, if in the list. */
  myRank: number | null;
}

export { DISTRIBUTOR_ERRORS } from '../domain/distribution/distributor-errors';

export { SHOP_ERRORS } from '../domain/shop/shop-errors';
