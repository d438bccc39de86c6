import { DomainError } from '../shared/domain-error';
import { toFen, type Fen } from './fen';

/**
 * Splits a non-negative total in proportion to non-negative integer weights with the largest-remainder method,
 * so the parts always sum exactly to the total (a discount or refund spread over lines never gains or loses a 分).
 * Ties go to the lower index so the same input always gives the same split. All-zero weights split evenly.
 */
export function allocate(total: Fen, weights: readonly number[]): Fen[] {
  if (weights.length === 0) {
    throw new DomainError('MONEY.EMPTY_ALLOCATION', '没有可分摊的对象');
  }
  if (toFen(total) < 0) {
    throw new DomainError('MONEY.INVALID_AMOUNT', '分摊的金额不能为负数');
  }
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0) {
      throw new DomainError('MONEY.INVALID_WEIGHT', '分摊权重必须是非负整数');
    }
  }
  const allZero = weights.every((w) => w === 0);
  const effective = weights.map((w) => (allZero ? 1 : w));
  const weightSum = effective.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(weightSum)) {
    throw new DomainError('MONEY.INVALID_WEIGHT', '分摊权重合计过大');
  }

  const shares = effective.map((w) => proportionalShare(total, w, weightSum));
  let leftover = total - shares.reduce((a, s) => a + s.floor, 0);

  // leftover < weights.length, so each part gains at most one 分.
  const order = shares
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = shares[a]?.remainder ?? 0;
      const rb = shares[b]?.remainder ?? 0;
      if (ra !== rb) return ra > rb ? -1 : 1;
      return a - b;
    });
  const parts = shares.map((s) => s.floor);
  for (const i of order) {
    if (leftover === 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    leftover -= 1;
  }
  return parts.map((p) => toFen(p));
}

/**
 * floor(total × weight / sum) and its remainder, exactly, for safe integers with weight ≤ sum. The product can pass
 * 2^53, where doubles lose units, and BigInt is not available to every WeChat client (older iOS cannot parse it),
 * so the part of the total below `sum` is multiplied bit by bit modulo `sum`: every intermediate stays below `sum`.
 */
function proportionalShare(total: number, weight: number, sum: number): { floor: number; remainder: number } {
  const wholeSums = Math.floor(total / sum);
  const rest = total - wholeSums * sum;
  let floor = wholeSums * weight;
  let quotient = 0;
  let remainder = 0;
  for (const bit of weight.toString(2)) {
    quotient *= 2;
    if (remainder >= sum - remainder) {
      remainder -= sum - remainder;
      quotient += 1;
    } else {
      remainder *= 2;
    }
    if (bit === '1') {
      if (remainder >= sum - rest) {
        remainder -= sum - rest;
        quotient += 1;
      } else {
        remainder += rest;
      }
    }
  }
  floor += quotient;
  return { floor, remainder };
}
