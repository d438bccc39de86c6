import { DomainError } from '../shared/domain-error';

/** An amount in 分 (1/100 yuan). Integer by construction so sums and splits are exact. */
export type Fen = number & { readonly __unit: 'fen' };
/** A rate in basis points: 10000 = 100%. Integer so a rate can never carry a hidden fraction of a 分. */
export type Bps = number & { readonly __unit: 'bps' };

const BPS_PER_WHOLE = 10000;

/** Negative amounts are allowed because clawbacks are recorded as negative ledger entries. */
export function toFen(n: number): Fen {
  if (!Number.isSafeInteger(n)) {
    throw new DomainError('MONEY.INVALID_AMOUNT', '金额必须是以分为单位的整数');
  }
  return n as Fen;
}

export function toBps(n: number): Bps {
  if (!Number.isInteger(n) || n < 0 || n > BPS_PER_WHOLE) {
    throw new DomainError('MONEY.INVALID_RATE', '比例必须是 0 到 10000 之间的整数（万分比）');
  }
  return n as Bps;
}

export const ZERO_FEN: Fen = toFen(0);

/** Every result goes back through toFen so an overflow past the safe-integer range fails loudly, never rounds. */
export function addFen(...xs: Fen[]): Fen {
  return sumFen(xs);
}

export function sumFen(xs: readonly Fen[]): Fen {
  let total = 0;
  for (const x of xs) total = toFen(total + toFen(x));
  return toFen(total);
}

export function multiplyFen(amount: Fen, quantity: number): Fen {
  if (!Number.isSafeInteger(quantity) || quantity <= 0) {
    throw new DomainError('MONEY.INVALID_QUANTITY', '数量必须是正整数');
  }
  return toFen(toFen(amount) * quantity);
}

/**
 * floor(amount × rate / 10000). Done in BigInt because amount × rate can exceed 2^53 long before the result does,
 * and a float product would silently round. Commission always rounds down so the merchant never pays out more
 * than the configured rate.
 */
export function applyRateFloor(amount: Fen, rate: Bps): Fen {
  if (toFen(amount) < 0) {
    throw new DomainError('MONEY.INVALID_AMOUNT', '按比例计算的金额不能为负数');
  }
  // BigInt division truncates toward zero, which equals floor for the non-negative operands checked above.
  const product = BigInt(amount) * BigInt(toBps(rate));
  return toFen(Number(product / BigInt(BPS_PER_WHOLE)));
}
