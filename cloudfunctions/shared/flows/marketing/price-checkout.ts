import { failWith } from '../../../../src/domain/shared/domain-error';
import { DISCOUNT_LABELS, MARKETING_ERRORS, type DiscountLineView, type FullReductionHintView } from '../../../../src/contracts/marketing';
import { allocate } from '../../../../src/domain/money/allocate';
import { toFen } from '../../../../src/domain/money/fen';
import { priceCart, type CartLineInput, type PricedCart } from '../../../../src/domain/pricing/price-cart';
import { FREE_SHIPPING } from '../../../../src/domain/pricing/price-without-promotions';
import type { Coupon } from '../../../../src/domain/promotions/coupon';
import { usableOnline } from '../../../../src/domain/promotions/coupon-usage';
import type { FullReductionActivity } from '../../../../src/domain/promotions/full-reduction';
import { memberBenefitOf, memberLevelFor, type MemberLevel } from '../../../../src/domain/promotions/member-level';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps, Store } from '../../kernel/store/store';
import { mayHaveActiveFullReduction } from './full-reduction-window';
import { getMarketingRules } from './get-marketing-rules';
import type { FullReductionDoc, MarketingRulesDoc, OrderPricingDoc, UserCouponDoc } from '../../kernel/docs/marketing-docs';
import { nextFullReductionTier } from '../../../../src/domain/promotions/next-full-reduction-tier';

export interface CheckoutRequest {
  buyerId: string;
  /** Catalogue prices the server read itself (activity prices already checked by their own function). */
  lines: readonly CartLineInput[];
  couponId?: string | undefined;
  usePoints?: boolean | undefined;
  now: Date;
  /** createOrder (true): a coupon that cannot be used is an error. The preview (false) shows why instead. */
  forOrder: boolean;
}

export interface CheckoutPricing {
  priced: PricedCart;
  pricing: OrderPricingDoc;
  rules: MarketingRulesDoc;
  level: MemberLevel | null;
  fullReduction: FullReductionDoc | null;
  /** Active 满减 the cart could enter (for the hint), best first. */
  activeFullReductions: FullReductionDoc[];
  pointsBalance: number;
}

/** Active 满减 activities read per checkout; the merchant runs a handful at a time. */
const ACTIVE_FULL_REDUCTIONS_READ = 20;

/**
 * Prices a checkout with everything the server knows about the buyer: member level (by user_stats.spendFen),
 * the best active 满减 for this cart, the chosen coupon (it must be theirs and unused) and points (all usable
 * points when asked, under the merchant's cap). createOrder and the checkout preview both call this, so what the
 * customer sees is what the order costs. Nothing here writes; createOrder locks coupon and points in its transaction.
 * The merchant's documents (rules, the 满减 window) come through `merchant`, which createOrder prefetches in one query;
 * the buyer's spend is read only under member levels, the activities only inside the 满减 window.
 */
export async function priceCheckout(store: Store, request: CheckoutRequest, merchant: Pick<DocOps, 'get'> = store): Promise<CheckoutPricing> {
  const nowMs = request.now.getTime();
  const nowIso = request.now.toISOString();
  const [rules, lookForFullReductions] = await Promise.all([getMarketingRules(merchant), mayHaveActiveFullReduction(merchant, nowIso)]);
  const [stats, account, activeDocs] = await Promise.all([
    // Without member levels the buyer's spend changes no price: no read.
    rules.levels.length ? store.get(COLLECTIONS.userStats, request.buyerId) : Promise.resolve(null),
    // The preview always shows the balance; an order reads it only when paying with points (one read fewer).
    request.usePoints || !request.forOrder ? store.get(COLLECTIONS.pointsAccounts, request.buyerId) : Promise.resolve(null),
    lookForFullReductions ? store.find(COLLECTIONS.fullReductions, { status: 'ACTIVE' }, { limit: ACTIVE_FULL_REDUCTIONS_READ }) : Promise.resolve([]),
  ]);
  const level = memberLevelFor(rules.levels, toFen(stats?.spendFen ?? 0));
  const member = memberBenefitOf(level);
  const base = { lines: request.lines, member, coupon: null, fullReduction: null, points: null, shipping: FREE_SHIPPING, nowMs };

  // The 满减 that saves the most on this cart (activities do not stack with each other).
  const active = activeDocs.filter((d) => d.startAt <= nowIso && nowIso < d.endAt);
  const ranked = active
    .map((doc) => ({ doc, saved: priceCart({ ...base, fullReduction: toActivity(doc) }).applied.find((a) => a.kind === 'FULL_REDUCTION')?.amountFen ?? 0 }))
    .sort((a, b) => b.saved - a.saved || a.doc._id.localeCompare(b.doc._id));
  const best = ranked[0] && ranked[0].saved > 0 ? ranked[0].doc : null;

  const userCoupon = request.couponId ? await loadOwnUnusedCoupon(store, request.buyerId, request.couponId) : null;
  const pointsBalance = Math.max(0, account?.balance ?? 0);
  const priced = priceCart({
    ...base,
    fullReduction: best ? toActivity(best) : null,
    coupon: userCoupon ? { coupon: toCoupon(userCoupon), usedByUserCount: 0 } : null,
    points: request.usePoints
      ? { requestedPoints: pointsBalance, balancePoints: pointsBalance, fenPerPoint: rules.points.fenPerPoint, maxDeductionBps: rules.points.maxDeductionBps }
      : null,
  });
  const couponRefused = priced.notApplied.find((n) => n.kind === 'COUPON');
  if (couponRefused && request.forOrder) throw failWith(MARKETING_ERRORS.COUPON_NOT_USABLE, `该优惠券不能用于本单（${COUPON_REASON_TEXT[couponRefused.reason] ?? couponRefused.reason}）`);
  const couponApplied = priced.applied.some((a) => a.kind === 'COUPON');

  const pointsFen = priced.lines.map((l) => l.pointsFen);
  const pointsByLine =
    priced.pointsUsed > 0 ? Object.fromEntries(allocate(toFen(priced.pointsUsed), pointsFen).map((p, i) => [priced.lines[i]?.lineId ?? '', Number(p)])) : {};
  return {
    priced,
    pricing: {
      discounts: priced.applied.map((a) => ({ kind: a.kind, amountFen: a.amountFen, ref: a.ref })),
      memberLevelId: priced.applied.some((a) => a.kind === 'MEMBER') ? (level?.id ?? null) : null,
      userCouponId: couponApplied ? (userCoupon?._id ?? null) : null,
      fullReductionId: priced.applied.some((a) => a.kind === 'FULL_REDUCTION') ? (best?._id ?? null) : null,
      pointsUsed: priced.pointsUsed,
      pointsByLine,
      pointsEarnBps: rules.points.earnBps,
    },
    rules,
    level,
    fullReduction: best,
    activeFullReductions: ranked.map((r) => r.doc),
    pointsBalance,
  };
}

export const COUPON_REASON_TEXT: Record<string, string> = {
  NOT_STARTED: '未到使用时间',
  EXPIRED: '已过期',
  USER_LIMIT_REACHED: '已达使用上限',
  NO_ELIGIBLE_GOODS: '没有适用商品',
  BELOW_THRESHOLD: '未达使用门槛',
  ZERO_DISCOUNT: '本单无优惠',
  USED: '已使用',
};

async function loadOwnUnusedCoupon(store: Store, buyerId: string, couponId: string): Promise<UserCouponDoc> {
  const coupon = await store.get(COLLECTIONS.userCoupons, couponId);
  // Another customer's coupon is "not found": ids must not reveal who holds what.
  if (!coupon || coupon.userId !== buyerId) throw failWith(MARKETING_ERRORS.COUPON_NOT_FOUND);
  if (coupon.status !== 'UNUSED') throw failWith(MARKETING_ERRORS.COUPON_USED, '该优惠券已使用');
  // An in-store-only coupon is verified by staff at the counter, never spent on an online order.
  if (!usableOnline(coupon.usage)) throw failWith(MARKETING_ERRORS.COUPON_NOT_USABLE);
  return coupon;
}

export function toCoupon(c: UserCouponDoc): Coupon {
  // Each user coupon is single-use; the per-user limit was enforced when it was granted.
  return { couponId: c._id, rule: c.rule, scope: c.scope, validFromMs: Date.parse(c.validFrom), validToMs: Date.parse(c.validTo), perUserLimit: null };
}

export function toActivity(d: FullReductionDoc): FullReductionActivity {
  return { activityId: d._id, tiers: d.tiers, productIds: d.productIds };
}

/** The order's price breakdown for checkout and order detail. */
export function toDiscountLines(pricing: Pick<OrderPricingDoc, 'discounts'> | undefined): DiscountLineView[] {
  return (pricing?.discounts ?? []).map((d) => ({ kind: d.kind, label: DISCOUNT_LABELS[d.kind], amountFen: d.amountFen }));
}

/** The 满减 hint for the checkout (the client formats it as 再买¥x可减¥y). */
export function fullReductionHint(doc: FullReductionDoc, priced: PricedCart, lines: readonly CartLineInput[]): FullReductionHintView {
  const next = nextFullReductionTier(
    toActivity(doc),
    priced.lines.map((l, i) => ({ productId: l.productId, countedFen: toFen(l.listFen - l.memberDiscountFen), isActivityPriced: !lines[i] || Boolean(lines[i]?.activity) })),
  );
  return { name: doc.name, tiers: doc.tiers, missingFen: next?.missingFen ?? null, nextReductionFen: next?.nextReductionFen ?? null };
}
