import type { CouponSource, CouponTemplateStatus, UserCouponStatus } from '../../../../src/domain/promotions/coupon-status';
import type { PointsChangeKind, PointsRules } from '../../../../src/domain/promotions/points-rules';
import type { StampStatus } from '../../../../src/domain/stamps/stamp-card';
import type { DrawPrize, DrawPrizeKind, DrawStyle } from '../../../../src/domain/draw/lucky-draw';
import type { Fen } from '../../../../src/domain/money/fen';
import type { DiscountKind } from '../../../../src/domain/pricing/price-cart';
import type { CouponRule, CouponScope } from '../../../../src/domain/promotions/coupon';
import type { CouponUsage } from '../../../../src/domain/promotions/coupon-usage';
import type { FullReductionTier } from '../../../../src/domain/promotions/full-reduction';
import type { MemberLevel } from '../../../../src/domain/promotions/member-level';

/** Stored shapes of the marketing collections (kept apart from docs.ts, which many branches edit). */

/** `_id` = 'CT' + stableId(staff, requestId). */
export interface CouponTemplateDoc {
  _id: string;
  name: string;
  rule: CouponRule;
  scope: CouponScope;
  validFrom: string;
  validTo: string;
  perUserLimit: number;
  totalQuantity: number | null;
  /** Coupons made from this template so far (claimed, issued, rewarded); compare-and-set with each grant. */
  issuedCount: number;
  claimable: boolean;
  /** Absent on templates made before in-store coupons: online only. */
  usage?: CouponUsage;
  status: CouponTemplateStatus;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * One single-use coupon a customer holds. `_id` is `${templateId}:${userId}:${n}` with n in 1..perUserLimit, so
 * the per-user limit is the id space itself: two concurrent claims of the same slot collide on the insert.
 */
export interface UserCouponDoc {
  _id: string;
  userId: string;
  templateId: string;
  /** The template as it was when granted: later edits never change a coupon already held. */
  name: string;
  rule: CouponRule;
  scope: CouponScope;
  validFrom: string;
  validTo: string;
  status: UserCouponStatus;
  /** The order it is locked to while USED; cleared when that order is cancelled unpaid. */
  orderId: string | null;
  usedAt: string | null;
  source: CouponSource;
  /** The idempotency key of the claim or issue that made it. */
  requestId: string;
  claimedAt: string;
  /** Copied from the template when granted; absent = online only. */
  usage?: CouponUsage;
  /**
   * In-store coupons: the random bearer code shown at the counter (like a pickup code), made on the shopper's first
   * reveal and kept, so revealing again shows the same code.
   */
  counterCode?: string;
  /** Set when staff verified it at a counter (status USED, orderId null). */
  counterUse?: CounterUse;
}

export interface CounterUse {
  storeId: string;
  storeName: string;
  /** The staff member who verified it. */
  staffId: string;
  at: string;
}

export interface FullReductionDoc {
  _id: string;
  name: string;
  tiers: FullReductionTier[];
  productIds: string[] | null;
  startAt: string;
  endAt: string;
  status: CouponTemplateStatus;
  version: number;
  createdBy: string;
  updatedAt: string;
}

/** The cached points balance of one customer (`_id` = openid); changes only with a PointsChangeDoc, in one transaction. */
export interface PointsAccountDoc {
  _id: string;
  balance: number;
  signIn: { lastDay: string | null; streak: number };
  version: number;
  updatedAt: string;
}

/**
 * One change of a points balance, never edited. Deterministic ids make every change happen once:
 * `sign:<user>:<day>`, `spend:<order>`, `unspend:<order>`, `earn:<order>`, `refund:<refund>:earn|spend`.
 */
export interface PointsChangeDoc {
  _id: string;
  userId: string;
  kind: PointsChangeKind;
  delta: number;
  balanceAfter: number;
  note: string;
  /** Order or refund it came from. */
  ref: string | null;
  /** EARN: the points each line earned (a refund takes back its share of them). */
  lines?: Record<string, number>;
  at: string;
}

/** `merchant/marketing`: points rules and member levels, one versioned document. */
export interface MarketingRulesDoc {
  _id: 'marketing';
  points: PointsRules;
  levels: MemberLevel[];
  version: number;
  updatedBy: string | null;
  updatedAt: string;
}

/** Stored on the order: how it was priced, so detail pages show the breakdown and cancel/refund undo it exactly. */
export interface OrderPricingDoc {
  discounts: Array<{ kind: DiscountKind; amountFen: Fen; ref: string | null }>;
  memberLevelId: string | null;
  userCouponId: string | null;
  fullReductionId: string | null;
  pointsUsed: number;
  /** Points spent per line (Σ = pointsUsed): a refund gives back the line's share. */
  pointsByLine: Record<string, number>;
  /**
   * The points-earning rate in force at checkout, which payment credits on each line's paid amount: the paying
   * transaction reads no rules (its operations are budgeted), and the buyer earns what checkout promised.
   */
  pointsEarnBps?: number;
}

/** 刮刮卡 / 大转盘 (`_id` = 'D' + stableId(creator, requestId)); rules checked by src/domain/draw/lucky-draw.ts. */
export interface LuckyDrawDoc {
  _id: string;
  name: string;
  style: DrawStyle;
  rulesText: string;
  /** Prize ids are 'P1'…'Pn' in the order staff listed them. */
  prizes: DrawPrize[];
  chancesPerDay: number;
  chanceFromSignIn: boolean;
  chancePerPaidOrder: boolean;
  startAt: string;
  endAt: string;
  createdBy: string;
  createdAt: string;
}

/** Units left of one stocked prize (`_id` = `<drawId>:<prizeId>`). */
export interface DrawStockDoc {
  _id: string;
  drawId: string;
  prizeId: string;
  remaining: number;
}

/** One draw made (`_id` = `<drawId>:<userId>:<day>:<n>`: the n-th chance of the shopper's Beijing day). */
export interface DrawRecordDoc {
  _id: string;
  drawId: string;
  drawName: string;
  userId: string;
  day: string;
  prizeId: string;
  prizeName: string;
  kind: DrawPrizeKind;
  points: number;
  couponId: string | null;
  grantNote: string | null;
  at: string;
}

/** One 集点卡 as staff defined it (rules: src/domain/stamps/stamp-card.ts); kept in the merchant document `stamp-cards`. */
export interface StampCardDoc {
  id: string;
  name: string;
  goal: number;
  /** The coupon granted at every `goal` stamps (a REWARD grant). */
  rewardTemplateId: string;
  productIds: string[];
  perPickup: boolean;
  counterMinFen: number | null;
  startAt: string;
  endAt: string;
  createdAt: string;
}

/** `merchant/stamp-cards`: every card (≤ 20), read by payment in the query it already makes for merchant documents. */
export interface StampCardsDoc {
  _id: 'stamp-cards';
  cards: StampCardDoc[];
  version: number;
}

/** One stamp (`_id` = `<cardId>:<source>:<ref>`: the order line, or the order for a pickup), so it is given once. */
export interface StampDoc {
  _id: string;
  cardId: string;
  userId: string;
  orderId: string;
  source: 'LINE' | 'PICKUP' | 'COUNTER';
  status: StampStatus;
  createdAt: string;
  revokedAt: string | null;
}

/** A shopper's card (`_id` = `<cardId>:<userId>`): active stamps and rewards granted, moved by compare-and-set on version. */
export interface StampAccountDoc {
  _id: string;
  cardId: string;
  userId: string;
  active: number;
  rewardsGranted: number;
  /** The coupons granted, newest last. */
  rewardCouponIds: string[];
  version: number;
  updatedAt: string;
}
