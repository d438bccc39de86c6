import type { Fen } from '../money/fen';
import { priceCart, type PricedCart } from './price-cart';
import type { ShippingRule } from './shipping-fee';

/** 包邮: the shop's shipping until the merchant configures a rule (营销设置). */
export const FREE_SHIPPING: ShippingRule = { kind: 'FLAT', feeFen: 0 as Fen };

export interface PlainLine {
  lineId: string;
  skuId: string;
  productId: string;
  /** Only coupon scopes read it; a preview without coupons may leave it empty. */
  categoryId?: string;
  unitPriceFen: Fen;
  quantity: number;
}

/**
 * The one pricing pipeline with no promotion applied: what orders cost today, and what the cart and checkout
 * preview show. When coupons, 满减 and points reach checkout, callers pass them to priceCart instead.
 */
export function priceWithoutPromotions(lines: readonly PlainLine[], nowMs: number): PricedCart {
  return priceCart({
    lines: lines.map((l) => ({ ...l, categoryId: l.categoryId ?? '' })),
    member: null,
    coupon: null,
    fullReduction: null,
    points: null,
    shipping: FREE_SHIPPING,
    nowMs,
  });
}
