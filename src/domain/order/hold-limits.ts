import { DomainError } from '../shared/domain-error';

/** How much one buyer may hold with unpaid orders, so one account cannot lock the catalogue for a whole pay window. */
export interface HoldLimits {
  maxUnpaidOrders: number;
  maxHeldUnitsPerSku: number;
}

export const DEFAULT_HOLD_LIMITS: HoldLimits = { maxUnpaidOrders: 5, maxHeldUnitsPerSku: 20 };

/**
 * A 秒杀 sells scarce stock at a loss-leading price: its unpaid orders hold units only this long, whatever the shop's
 * pay timeout, so a rush of buyers who never pay cannot keep the sale sold out.
 */
export const FLASH_SALE_PAY_MINUTES = 5;

/** Units per SKU of one open order. */
export type HeldUnits = Readonly<Record<string, number>>;

/**
 * Refuses a new unpaid order that would take the buyer past either limit, given the units of their orders still
 * open (unpaid and before their pay deadline).
 */
export function assertWithinHoldLimits(open: readonly HeldUnits[], next: HeldUnits, limits: HoldLimits): void {
  if (open.length + 1 > limits.maxUnpaidOrders) {
    throw new DomainError('ORDER.TOO_MANY_UNPAID', `你有 ${open.length} 笔待付款订单，最多 ${limits.maxUnpaidOrders} 笔：请先付款或取消`);
  }
  for (const [skuId, units] of Object.entries(next)) {
    const held = open.reduce((n, o) => n + (o[skuId] ?? 0), 0);
    if (held + units > limits.maxHeldUnitsPerSku) {
      throw new DomainError('ORDER.HOLD_LIMIT', `同一规格待付款最多 ${limits.maxHeldUnitsPerSku} 件，你已有 ${held} 件未付款：请先付款或取消`);
    }
  }
}

/** Units per SKU of an order's lines. */
export function heldUnitsOf(lines: ReadonlyArray<{ skuId: string; quantity: number }>): Record<string, number> {
  const units: Record<string, number> = {};
  for (const l of lines) units[l.skuId] = (units[l.skuId] ?? 0) + l.quantity;
  return units;
}
