import { DomainError } from '../shared/domain-error';
import { applyRateFloor, sumFen, toFen, type Bps, type Fen } from '../money/fen';

/** Which goods a coupon may discount. Activity goods (秒杀/拼团/砍价) are never in scope: the pipeline drops them. */
export type CouponScope =
  | { kind: 'ALL' }
  | { kind: 'PRODUCTS'; productIds: readonly string[] }
  | { kind: 'CATEGORIES'; categoryIds: readonly string[] };

/**
 * FIXED is 满100减10 (thresholdFen 0 = 无门槛). PERCENT takes offBps off the eligible goods (8折 = 2000 bps off),
 * rounded down so the merchant never gives more than the configured rate, and never more than capFen.
 */
export type CouponRule =
  | { kind: 'FIXED'; amountFen: Fen; thresholdFen: Fen }
  | { kind: 'PERCENT'; offBps: Bps; capFen: Fen | null; thresholdFen: Fen };

export interface Coupon {
  couponId: string;
  rule: CouponRule;
  scope: CouponScope;
  /** Valid on [validFromMs, validToMs). */
  validFromMs: number;
  validToMs: number;
  /** How many orders one user may use this coupon template on; null = unlimited. */
  perUserLimit: number | null;
}

export interface CouponLine {
  lineId: string;
  productId: string;
  categoryId: string;
  /** What the line costs at the moment the coupon is applied (after member price and 满减). */
  amountFen: Fen;
}

export type CouponRefusalReason = 'NOT_STARTED' | 'EXPIRED' | 'USER_LIMIT_REACHED' | 'NO_ELIGIBLE_GOODS' | 'BELOW_THRESHOLD';

export type CouponEvaluation =
  | { ok: true; discountFen: Fen; eligibleLineIds: string[]; eligibleFen: Fen }
  | { ok: false; reason: CouponRefusalReason };

export function isLineInCouponScope(scope: CouponScope, line: Pick<CouponLine, 'productId' | 'categoryId'>): boolean {
  switch (scope.kind) {
    case 'ALL':
      return true;
    case 'PRODUCTS':
      return scope.productIds.includes(line.productId);
    case 'CATEGORIES':
      return scope.categoryIds.includes(line.categoryId);
  }
}

/**
 * Whether a coupon applies to these lines now and for how much. Expected refusals are values (the checkout shows
 * why a coupon is greyed out); a malformed coupon is a bug in what was stored and throws. The threshold is compared
 * with the eligible goods only, so a 满100减10 on shoes is not reached by buying socks. The discount never exceeds
 * the eligible goods, so no line can go below zero.
 */
export function evaluateCoupon(input: {
  coupon: Coupon;
  lines: readonly CouponLine[];
  nowMs: number;
  /** Orders this user has already used this coupon template on (cancelled orders give theirs back). */
  usedByUserCount: number;
}): CouponEvaluation {
  const { coupon, lines, nowMs, usedByUserCount } = input;
  assertCouponWellFormed(coupon);
  if (nowMs < coupon.validFromMs) return { ok: false, reason: 'NOT_STARTED' };
  if (nowMs >= coupon.validToMs) return { ok: false, reason: 'EXPIRED' };
  if (coupon.perUserLimit !== null && usedByUserCount >= coupon.perUserLimit) {
    return { ok: false, reason: 'USER_LIMIT_REACHED' };
  }
  const eligible = lines.filter((l) => l.amountFen > 0 && isLineInCouponScope(coupon.scope, l));
  if (eligible.length === 0) return { ok: false, reason: 'NO_ELIGIBLE_GOODS' };
  const eligibleFen = sumFen(eligible.map((l) => l.amountFen));
  if (eligibleFen < coupon.rule.thresholdFen) return { ok: false, reason: 'BELOW_THRESHOLD' };
  const raw = couponRawDiscount(coupon.rule, eligibleFen);
  return {
    ok: true,
    discountFen: toFen(Math.min(raw, eligibleFen)),
    eligibleLineIds: eligible.map((l) => l.lineId),
    eligibleFen,
  };
}

function couponRawDiscount(rule: CouponRule, eligibleFen: Fen): Fen {
  if (rule.kind === 'FIXED') return rule.amountFen;
  const off = applyRateFloor(eligibleFen, rule.offBps);
  return rule.capFen === null ? off : toFen(Math.min(off, rule.capFen));
}

function assertCouponWellFormed(coupon: Coupon): void {
  const { rule } = coupon;
  const amounts = rule.kind === 'FIXED' ? [rule.amountFen, rule.thresholdFen] : [rule.thresholdFen, rule.capFen ?? 0];
  if (amounts.some((a) => toFen(a) < 0) || coupon.validToMs <= coupon.validFromMs) {
    throw new DomainError('COUPON.INVALID', '优惠券配置无效');
  }
}
