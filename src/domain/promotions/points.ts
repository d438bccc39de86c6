import { DomainError } from '../shared/domain-error';
import { allocate } from '../money/allocate';
import { applyRateFloor, toFen, type Bps, type Fen } from '../money/fen';

export interface PointsSpendRequest {
  /** Points the buyer asks to use; the pipeline uses fewer when the cap or the balance is lower. */
  requestedPoints: number;
  balancePoints: number;
  /** What one point is worth at checkout (1 = 100 points per yuan). */
  fenPerPoint: number;
  /** At most this share of the goods still payable may be paid with points (5000 = half). */
  maxDeductionBps: Bps;
}

/**
 * How many whole points to spend and what they deduct. Whole points only, so deductionFen is always
 * pointsUsed × fenPerPoint and a refund can give back an exact number of points.
 */
export function spendPoints(request: PointsSpendRequest, payableFen: Fen): { pointsUsed: number; deductionFen: Fen } {
  const { requestedPoints, balancePoints, fenPerPoint, maxDeductionBps } = request;
  if (![requestedPoints, balancePoints].every((n) => Number.isSafeInteger(n) && n >= 0)) {
    throw new DomainError('POINTS.INVALID_AMOUNT', '积分数量必须是非负整数');
  }
  if (!Number.isSafeInteger(fenPerPoint) || fenPerPoint <= 0) {
    throw new DomainError('POINTS.INVALID_RATE', '积分抵扣比例无效');
  }
  const capFen = applyRateFloor(toFen(Math.max(0, payableFen)), maxDeductionBps);
  const pointsUsed = Math.min(requestedPoints, balancePoints, Math.floor(capFen / fenPerPoint));
  return { pointsUsed, deductionFen: toFen(pointsUsed * fenPerPoint) };
}

/** Points earned on what a line really paid: floor(paidFen × rateBps / 10000); 100 bps = 1 point per yuan. */
export function earnPoints(paidFen: Fen, pointsPerFenBps: Bps): number {
  return applyRateFloor(paidFen, pointsPerFenBps);
}

/** Spreads an order's points (earned or spent) over its lines by what each paid; the parts sum to the total. */
export function splitPointsAcrossLines(points: number, linePaidFen: readonly Fen[]): number[] {
  return allocate(toFen(points), linePaidFen).map(Number);
}

/**
 * Points of one line to reverse for a refund (earned points taken back, spent points given back).
 * Same rule as commission: after any refunds the line keeps floor(points × keptFen / paidFen), so any sequence of
 * partial refunds ends at the same place and a full refund reverses every point, never more.
 */
export function pointsToReverse(input: {
  linePoints: number;
  linePaidFen: Fen;
  refundedBeforeFen: Fen;
  refundFen: Fen;
}): number {
  const { linePoints, linePaidFen, refundedBeforeFen, refundFen } = input;
  if (!Number.isSafeInteger(linePoints) || linePoints < 0) {
    throw new DomainError('POINTS.INVALID_AMOUNT', '积分数量必须是非负整数');
  }
  if (toFen(refundFen) < 0 || toFen(refundedBeforeFen) < 0 || refundedBeforeFen + refundFen > linePaidFen) {
    throw new DomainError('REFUND.EXCEEDS_LINE', '退款金额超过了该商品实付');
  }
  const keptBefore = keptPoints(linePoints, linePaidFen, linePaidFen - refundedBeforeFen);
  return keptBefore - keptPoints(linePoints, linePaidFen, linePaidFen - refundedBeforeFen - refundFen);
}

function keptPoints(points: number, paidFen: number, keptFen: number): number {
  // splitPointsAcrossLines gives a zero-paid line no points unless the whole order paid nothing, and then there is
  // no money to refund in proportion: such points stay until the caller reverses the line as a whole.
  if (paidFen === 0) return points;
  return Number((BigInt(points) * BigInt(keptFen)) / BigInt(paidFen));
}
