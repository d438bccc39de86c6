import { failWith } from '../../../../src/domain/shared/domain-error';
import { MARKETING_ERRORS } from '../../../../src/contracts/marketing';
import { toBps, type Fen } from '../../../../src/domain/money/fen';
import { earnPoints, pointsToReverse } from '../../../../src/domain/promotions/points';
import type { OrderDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { applyPointsChange } from './apply-points-change';
import { moveStatus } from '../../kernel/store/move-status';
import { userCouponLifecycle } from '../../../../src/domain/promotions/user-coupon-lifecycle';

/**
 * In createOrder's transaction, before the order is inserted: the coupon becomes USED (locked to this order) and
 * the points are debited. Either fails the whole order (nothing changes); a re-run transaction finds the order
 * first and never gets here, and the points change id `spend:<order>` is written once in any case.
 */
export async function lockOrderPromotions(tx: DocOps, order: OrderDoc, nowIso: string): Promise<void> {
  const pricing = order.pricing;
  if (!pricing) return;
  if (pricing.userCouponId) {
    const coupon = await tx.get(COLLECTIONS.userCoupons, pricing.userCouponId);
    if (!coupon || coupon.userId !== order.buyerId) throw failWith(MARKETING_ERRORS.COUPON_NOT_FOUND, '优惠券不存在');
    if (coupon.status !== 'UNUSED') throw failWith(MARKETING_ERRORS.COUPON_USED, '该优惠券已被其他订单使用');
    const locked = await moveStatus(tx, { collection: COLLECTIONS.userCoupons, id: coupon._id, lifecycle: userCouponLifecycle, from: 'UNUSED', to: 'USED', patch: { orderId: order._id, usedAt: nowIso } });
    if (!locked) throw failWith(MARKETING_ERRORS.COUPON_USED, '该优惠券已被其他订单使用');
  }
  if (pricing.pointsUsed > 0) {
    await applyPointsChange(tx, { id: `spend:${order._id}`, userId: order.buyerId, kind: 'SPEND', delta: -pricing.pointsUsed, note: '下单抵扣', ref: order._id }, nowIso);
  }
}

/** In the cancel transaction of an unpaid order: the coupon is free again and the points come back. */
export async function releaseOrderPromotions(tx: DocOps, order: OrderDoc, nowIso: string): Promise<void> {
  const pricing = order.pricing;
  if (!pricing) return;
  if (pricing.userCouponId) {
    // Only if still locked to this order (compare-and-set): never frees a coupon another order holds.
    await moveStatus(tx, { collection: COLLECTIONS.userCoupons, id: pricing.userCouponId, lifecycle: userCouponLifecycle, from: 'USED', to: 'UNUSED', expected: { orderId: order._id }, patch: { orderId: null, usedAt: null } });
  }
  if (pricing.pointsUsed > 0) {
    await applyPointsChange(tx, { id: `unspend:${order._id}`, userId: order.buyerId, kind: 'CANCEL_SPEND', delta: pricing.pointsUsed, note: '订单取消，退回积分', ref: order._id }, nowIso);
  }
}

/**
 * In markOrderPaid's transaction: the buyer earns points on what each line really paid (floor(amountFen × earnBps /
 * 10000) per line, shipping excluded) at the rate checkout recorded on the order. The per-line points are kept on the
 * change so a refund takes back its share.
 */
export async function creditPaidOrderPoints(tx: DocOps, order: OrderDoc, nowIso: string): Promise<void> {
  const earnBps = order.pricing?.pointsEarnBps ?? 0;
  if (earnBps <= 0) return;
  const lines = Object.fromEntries(order.lines.map((l) => [l.lineId, earnPoints(l.amountFen, toBps(earnBps))]));
  const total = Object.values(lines).reduce((a, b) => a + b, 0);
  if (total <= 0) return;
  await applyPointsChange(tx, { id: `earn:${order._id}`, userId: order.buyerId, kind: 'EARN', delta: total, note: '消费得积分', ref: order._id, lines }, nowIso);
}

/**
 * In the refund transaction: points follow the money. The line's earned points are taken back and its spent points
 * given back in proportion to the refund (pointsToReverse: after any sequence of partial refunds the line keeps
 * floor(points × kept / paid), and a full refund reverses every point exactly once).
 */
export async function reversePointsForRefund(
  tx: DocOps,
  input: { order: OrderDoc; lineId: string; linePaidFen: Fen; refundedBeforeFen: Fen; refundFen: Fen; refundId: string; nowIso: string },
): Promise<void> {
  const { order, lineId, refundId, nowIso } = input;
  const share = (linePoints: number) => pointsToReverse({ linePoints, linePaidFen: input.linePaidFen, refundedBeforeFen: input.refundedBeforeFen, refundFen: input.refundFen });
  const earned = await tx.get(COLLECTIONS.pointsChanges, `earn:${order._id}`);
  const takeBack = share(earned?.lines?.[lineId] ?? 0);
  if (takeBack > 0) {
    await applyPointsChange(tx, { id: `refund:${refundId}:earn`, userId: order.buyerId, kind: 'REVERSE_EARN', delta: -takeBack, note: '退款扣回积分', ref: refundId }, nowIso, { allowNegative: true });
  }
  const giveBack = share(order.pricing?.pointsByLine[lineId] ?? 0);
  if (giveBack > 0) {
    await applyPointsChange(tx, { id: `refund:${refundId}:spend`, userId: order.buyerId, kind: 'REFUND_SPEND', delta: giveBack, note: '退款退回积分', ref: refundId }, nowIso);
  }
}
