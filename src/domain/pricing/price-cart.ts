import { DomainError } from '../shared/domain-error';
import { multiplyFen, sumFen, toFen, type Fen } from '../money/fen';
import { evaluateCoupon, type Coupon, type CouponRefusalReason } from '../promotions/coupon';
import { applyFullReduction, type FullReductionActivity } from '../promotions/full-reduction';
import { spendPoints, type PointsSpendRequest } from '../promotions/points';
import { memberDiscountFen, type MemberBenefit } from './member-discount';
import { shippingFee, type ShippingRule } from './shipping-fee';
import type { PricedCartLine } from './priced-cart-line';
import { spreadOverLines } from './spread-over-lines';

export type ActivityKind = 'FLASH_SALE' | 'GROUP_BUY' | 'BARGAIN';

export interface CartLineInput {
  lineId: string;
  skuId: string;
  productId: string;
  categoryId: string;
  unitPriceFen: Fen;
  quantity: number;
  /** The activity price the server has already checked (window, stock, per-user limit, group, bargain). */
  activity?: { kind: ActivityKind; priceFen: Fen };
}

export interface PriceCartInput {
  lines: readonly CartLineInput[];
  member: MemberBenefit | null;
  coupon: { coupon: Coupon; usedByUserCount: number } | null;
  fullReduction: FullReductionActivity | null;
  points: PointsSpendRequest | null;
  shipping: ShippingRule;
  nowMs: number;
}


export type DiscountKind = 'MEMBER' | 'ACTIVITY' | 'FULL_REDUCTION' | 'COUPON' | 'POINTS';

export type DiscountNotAppliedReason =
  | CouponRefusalReason
  | 'BELOW_LOWEST_TIER'
  | 'NO_POINTS_USABLE'
  /** It applies but is worth nothing here (a 0 分 tier or rate): not applied, so a coupon is not used up on it. */
  | 'ZERO_DISCOUNT';

export interface PricedCart {
  lines: PricedCartLine[];
  goodsListFen: Fen;
  /** Σ paidFen: what the goods cost after every discount and points. */
  goodsPaidFen: Fen;
  shippingFen: Fen;
  /** goodsPaidFen + shippingFen, exactly. */
  totalFen: Fen;
  pointsUsed: number;
  applied: { kind: DiscountKind; amountFen: Fen; ref: string | null }[];
  notApplied: { kind: DiscountKind; reason: DiscountNotAppliedReason; ref: string | null }[];
}

const MAX_QUANTITY = 99;

/**
 * The one pricing pipeline: the server prices every order with it and the client imports it for the preview.
 *
 * Stacking rule (the order 有赞 and CRMEB apply; each step works on what the previous steps left):
 *  1. Unit price: an activity price (秒杀/拼团/砍价) replaces the list price; otherwise the member level's member
 *     price or rate applies. Activity lines take no further discount from steps 2–3 (activity goods are excluded
 *     from 满减 and coupons, as CRMEB does), but they are paid for with points like any other goods.
 *  2. 满减: the highest tier reached by the eligible goods after member prices.
 *  3. Coupon (at most one): its threshold is checked against its eligible goods AFTER 满减, so a coupon and a 满减
 *     can never both count the same money towards their thresholds.
 *  4. Shipping: 满X包邮 is judged on the goods after steps 1–3 (before points, which are a way of paying).
 *  5. Points last, capped at a share of the goods still payable; they never pay shipping.
 * Each order-level amount (满减, coupon, points) is split over the lines it applies to in proportion to what each
 * still costs, by largest remainder, so the split conserves the amount and no line goes below zero. Commission is
 * computed on each line's paidFen; shipping is never part of it.
 */
export function priceCart(input: PriceCartInput): PricedCart {
  assertLinesValid(input.lines);
  const applied: PricedCart['applied'] = [];
  const notApplied: PricedCart['notApplied'] = [];

  const lines = input.lines.map((line): PricedCartLine => {
    const listFen = multiplyFen(line.unitPriceFen, line.quantity);
    const activityUnit = line.activity ? Math.min(line.unitPriceFen, toFen(line.activity.priceFen)) : null;
    const activityDiscount = activityUnit === null ? 0 : listFen - activityUnit * line.quantity;
    const member = line.activity ? toFen(0) : memberDiscountFen(input.member, line);
    return {
      lineId: line.lineId,
      productId: line.productId,
      skuId: line.skuId,
      quantity: line.quantity,
      listFen,
      memberDiscountFen: member,
      activityDiscountFen: toFen(activityDiscount),
      fullReductionFen: toFen(0),
      couponFen: toFen(0),
      pointsFen: toFen(0),
      paidFen: toFen(listFen - member - activityDiscount),
    };
  });
  pushIfPositive(applied, 'MEMBER', sumFen(lines.map((l) => l.memberDiscountFen)), input.member?.levelId ?? null);
  pushIfPositive(applied, 'ACTIVITY', sumFen(lines.map((l) => l.activityDiscountFen)), null);

  const discountable = input.lines
    .map((src, i) => ({ src, i }))
    .filter(({ src }) => src.activity === undefined);
  const current = () => discountable.map(({ src, i }) => ({ ...src, amountFen: lines[i]?.paidFen ?? toFen(0) }));

  if (input.fullReduction) {
    const result = applyFullReduction(input.fullReduction, current());
    const ref = input.fullReduction.activityId;
    if (result.ok && result.reductionFen > 0) {
      spreadOverLines(lines, result.eligibleLineIds, result.reductionFen, 'fullReductionFen');
      applied.push({ kind: 'FULL_REDUCTION', amountFen: result.reductionFen, ref });
    } else {
      notApplied.push({ kind: 'FULL_REDUCTION', reason: result.ok ? 'ZERO_DISCOUNT' : result.reason, ref });
    }
  }

  if (input.coupon) {
    const { coupon, usedByUserCount } = input.coupon;
    const result = evaluateCoupon({ coupon, lines: current(), nowMs: input.nowMs, usedByUserCount });
    if (result.ok && result.discountFen > 0) {
      spreadOverLines(lines, result.eligibleLineIds, result.discountFen, 'couponFen');
      applied.push({ kind: 'COUPON', amountFen: result.discountFen, ref: coupon.couponId });
    } else {
      notApplied.push({ kind: 'COUPON', reason: result.ok ? 'ZERO_DISCOUNT' : result.reason, ref: coupon.couponId });
    }
  }

  const goodsBeforePointsFen = sumFen(lines.map((l) => l.paidFen));
  const shippingFen = shippingFee(input.shipping, goodsBeforePointsFen);

  let pointsUsed = 0;
  if (input.points) {
    const spend = spendPoints(input.points, goodsBeforePointsFen);
    pointsUsed = spend.pointsUsed;
    if (spend.deductionFen > 0) {
      spreadOverLines(lines, lines.map((l) => l.lineId), spend.deductionFen, 'pointsFen');
      applied.push({ kind: 'POINTS', amountFen: spend.deductionFen, ref: null });
    } else {
      notApplied.push({ kind: 'POINTS', reason: 'NO_POINTS_USABLE', ref: null });
    }
  }

  const goodsPaidFen = sumFen(lines.map((l) => l.paidFen));
  return {
    lines,
    goodsListFen: sumFen(lines.map((l) => l.listFen)),
    goodsPaidFen,
    shippingFen,
    totalFen: sumFen([goodsPaidFen, shippingFen]),
    pointsUsed,
    applied,
    notApplied,
  };
}

function pushIfPositive(applied: PricedCart['applied'], kind: DiscountKind, amountFen: Fen, ref: string | null): void {
  if (amountFen > 0) applied.push({ kind, amountFen, ref });
}

function assertLinesValid(lines: readonly CartLineInput[]): void {
  if (lines.length === 0) throw new DomainError('ORDER.EMPTY', '订单没有商品');
  const ids = new Set<string>();
  for (const line of lines) {
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_QUANTITY) {
      throw new DomainError('ORDER.INVALID_QUANTITY', '购买数量必须是 1 到 99 的整数');
    }
    if (toFen(line.unitPriceFen) < 0 || (line.activity && toFen(line.activity.priceFen) < 0)) {
      throw new DomainError('ORDER.INVALID_PRICE', '商品价格不能为负数');
    }
    // Line ids key the discount split and the commission entries, so a repeat is a caller bug.
    if (ids.has(line.lineId)) throw new Error(`priceCart: duplicate line id ${line.lineId}`);
    ids.add(line.lineId);
  }
}
