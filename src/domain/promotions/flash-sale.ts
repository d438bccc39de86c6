import { DomainError } from '../shared/domain-error';

export interface FlashSale {
  /** Open on [startMs, endMs). */
  startMs: number;
  endMs: number;
  /** Activity stock still unsold (set aside from the SKU's stock when the sale is created). */
  stockLeft: number;
  /** Units one user may buy across all their orders in this sale; null = no limit. */
  perUserLimit: number | null;
}

export type FlashSaleRefusalReason = 'NOT_STARTED' | 'ENDED' | 'SOLD_OUT' | 'NOT_ENOUGH_STOCK' | 'USER_LIMIT_REACHED';

export type FlashSaleDecision = { ok: true } | { ok: false; reason: FlashSaleRefusalReason };

/**
 * Whether a user may buy `quantity` units now. This is the read-side decision; never overselling under concurrency
 * is the shell's job, with a conditional decrement (stockLeft ≥ quantity) that is the real reservation.
 * `boughtByUser` counts the user's units in unpaid and paid orders of this sale (cancelled ones give theirs back).
 */
export function decideFlashSalePurchase(input: {
  sale: FlashSale;
  quantity: number;
  boughtByUser: number;
  nowMs: number;
}): FlashSaleDecision {
  const { sale, quantity, boughtByUser, nowMs } = input;
  if (!Number.isInteger(quantity) || quantity < 1) {
    throw new DomainError('ORDER.INVALID_QUANTITY', '购买数量必须是正整数');
  }
  if (nowMs < sale.startMs) return { ok: false, reason: 'NOT_STARTED' };
  if (nowMs >= sale.endMs) return { ok: false, reason: 'ENDED' };
  if (sale.stockLeft <= 0) return { ok: false, reason: 'SOLD_OUT' };
  if (sale.perUserLimit !== null && boughtByUser + quantity > sale.perUserLimit) {
    return { ok: false, reason: 'USER_LIMIT_REACHED' };
  }
  if (quantity > sale.stockLeft) return { ok: false, reason: 'NOT_ENOUGH_STOCK' };
  return { ok: true };
}
