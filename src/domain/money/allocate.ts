import { DomainError } from '../shared/domain-error';
import { toFen, type Fen } from './fen';

/**
 * Splits a non-negative total in proportion to non-negative integer weights with the largest-remainder method,
 * so the parts always sum exactly to the total (a discount or refund spread over lines never gains or loses a 分).
 * Ties go to the lower index so the same input always gives the same split. All-zero weights split evenly.
 * BigInt because total × weight can exceed 2^53.
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
  const effective = weights.map((w) => BigInt(allZero ? 1 : w));
  const weightSum = effective.reduce((a, b) => a + b, 0n);
  const totalBig = BigInt(total);

  const floors = effective.map((w) => (totalBig * w) / weightSum);
  const remainders = effective.map((w) => (totalBig * w) % weightSum);
  let leftover = totalBig - floors.reduce((a, b) => a + b, 0n);

  // leftover < weights.length, so each part gains at most one 分.
  const order = effective
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = remainders[a] ?? 0n;
      const rb = remainders[b] ?? 0n;
      if (ra !== rb) return ra > rb ? -1 : 1;
      return a - b;
    });
  const parts = [...floors];
  for (const i of order) {
    if (leftover === 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return parts.map((p) => toFen(Number(p)));
}
