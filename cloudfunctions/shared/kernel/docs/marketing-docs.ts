import type { CouponSource, CouponTemplateStatus, UserCouponStatus } from '../../../../src/domain/promotions/coupon-status';
import type { PointsChangeKind, PointsRules } from '../../../../src/domain/promotions/points-rules';
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
