import type { z } from 'zod';
import type { Bps, Fen } from '../domain/money/fen';
import type { DiscountKind, DiscountNotAppliedReason } from '../domain/pricing/price-cart';
import type { CouponRule, CouponScope } from '../domain/promotions/coupon';
import type { CouponUsage } from '../domain/promotions/coupon-usage';
import type { FullReductionTier } from '../domain/promotions/full-reduction';
import type { MemberLevel } from '../domain/promotions/member-level';
import type { CouponSource, CouponTemplateStatus, UserCouponStatus } from '../domain/promotions/coupon-status';
import type { PointsChangeKind, PointsRules } from '../domain/promotions/points-rules';
import type { marketingAdminInputs } from './marketing-inputs';
import type { Page } from './paging';

/**
 * 营销 (the checkout half): coupons, 满减, sign-in and points, member levels. `marketing` serves customers;
 * `marketing-admin` is for staff with the 'marketing' permission. 秒杀/拼团/砍价 live in the `activities` function.
 */
export const MARKETING_FN = 'marketing';
export const MARKETING_ADMIN_FN = 'marketing-admin';

export type { CouponSource, CouponTemplateStatus, UserCouponStatus } from '../domain/promotions/coupon-status';

/** A coupon as the merchant configures it; each claim or issue makes one single-use user coupon from it. */
export interface CouponTemplateView {
  id: string;
  name: string;
  rule: CouponRule;
  scope: CouponScope;
  validFrom: string;
  validTo: string;
  /** How many of this coupon one customer may hold in total (claimed, issued or rewarded). */
  perUserLimit: number;
  /** null = unlimited. */
  totalQuantity: number | null;
  issuedCount: number;
  /** Shown in the 领券中心 (otherwise only staff issue it). */
  claimable: boolean;
  /** Online orders, the store counter (核销 by staff), or both. */
  usage: CouponUsage;
  status: CouponTemplateStatus;
  version: number;
}

/** A template in the coupon centre, with what this customer may still claim. */
export interface CouponCentreItem {
  template: CouponTemplateView;
  claimedByMe: number;
  canClaim: boolean;
}

export interface UserCouponView {
  id: string;
  templateId: string;
  name: string;
  rule: CouponRule;
  scope: CouponScope;
  validFrom: string;
  validTo: string;
  status: UserCouponStatus;
  /** EXPIRED is derived from validTo for display; the stored status stays UNUSED. */
  displayStatus: UserCouponStatus | 'EXPIRED';
  orderId: string | null;
  source: CouponSource;
  claimedAt: string;
  usage: CouponUsage;
  /** Used at a store counter (no order): where and when. */
  usedInStore: { storeName: string; at: string } | null;
}

/** A user coupon judged against a cart: usable, or why not (greyed out at checkout). */
export interface CouponForCart {
  coupon: UserCouponView;
  usable: boolean;
  discountFen: Fen;
  reason: DiscountNotAppliedReason | 'USED' | null;
}

export interface FullReductionView {
  id: string;
  name: string;
  tiers: FullReductionTier[];
  /** null = every product. */
  productIds: string[] | null;
  startAt: string;
  endAt: string;
  status: CouponTemplateStatus;
  version: number;
}

export interface FullReductionHintView {
  name: string;
  tiers: FullReductionTier[];
  /** Eligible spend still missing for the next tier; null when the highest tier is reached. */
  missingFen: Fen | null;
  nextReductionFen: Fen | null;
}

/** One discount line of an order's price breakdown (checkout and order detail). */
export interface DiscountLineView {
  kind: DiscountKind;
  label: string;
  amountFen: Fen;
}

export interface CheckoutPreview {
  goodsListFen: Fen;
  goodsPaidFen: Fen;
  shippingFen: Fen;
  totalFen: Fen;
  discounts: DiscountLineView[];
  notApplied: Array<{ kind: DiscountKind; reason: DiscountNotAppliedReason; ref: string | null }>;
  pointsUsed: number;
  points: { balance: number; fenPerPoint: number; maxDeductionBps: Bps };
  coupons: CouponForCart[];
  /** The 满减 the cart is in, and how much more spend reaches the next tier (the checkout hint). */
  fullReductionHint: FullReductionHintView | null;
  memberLevel: { id: string; name: string } | null;
}

export type { PointsChangeKind, PointsRules } from '../domain/promotions/points-rules';

export interface PointsChangeView {
  id: string;
  kind: PointsChangeKind;
  delta: number;
  balanceAfter: number;
  note: string;
  at: string;
}

export interface PointsAccountView {
  balance: number;
  signedInToday: boolean;
  streak: number;
  /** Points today's sign-in gives (or gave). */
  todayPoints: number;
  rules: PointsRules;
  history: Page<PointsChangeView>;
}

export interface SignInResult {
  alreadySignedIn: boolean;
  streak: number;
  pointsEarned: number;
  balance: number;
  /** Streak reward coupons granted by this sign-in (a reward that ran out is skipped, not an error). */
  couponsGranted: UserCouponView[];
}

export interface MarketingRulesView {
  points: PointsRules;
  levels: MemberLevel[];
  version: number;
}

export interface MyMemberLevelView {
  spendFen: Fen;
  level: MemberLevel | null;
  next: { level: MemberLevel; missingFen: Fen } | null;
  levels: MemberLevel[];
}
export type SaveCouponTemplateInput = z.infer<typeof marketingAdminInputs.saveCouponTemplate>;
export type SaveFullReductionInput = z.infer<typeof marketingAdminInputs.saveFullReduction>;

export { MARKETING_ERRORS } from '../domain/promotions/promotions-errors';

export const DISCOUNT_LABELS: Record<DiscountKind, string> = {
  MEMBER: '会员优惠',
  ACTIVITY: '活动优惠',
  FULL_REDUCTION: '满减',
  COUPON: '优惠券',
  POINTS: '积分抵扣',
};

/** What shoppers are told at checkout: the limits that affect them, in plain words (no pricing-order jargon). */
export const CHECKOUT_PROMOTION_NOTE = '每单限用一张优惠券，积分不能抵扣运费；秒杀、拼团、砍价商品不参与满减和优惠券。';

/** The stacking rule, as docs/marketing.md and staff state it. */
export const STACKING_RULE_TEXT =
  '优惠顺序：会员价 → 满减 → 优惠券（每单限用一张，门槛按满减后金额计算）→ 运费 → 积分抵扣（不抵运费）。秒杀、拼团、砍价商品不参与满减和优惠券。';
