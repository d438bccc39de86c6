import { toFen, type Fen } from '../money/fen';

export interface BreakdownLine {
  unitPriceFen: Fen;
  quantity: number;
  amountFen: Fen;
}

export interface BreakdownOrder {
  lines: readonly BreakdownLine[];
  goodsFen: Fen;
  shippingFen: Fen;
  totalFen: Fen;
  /** Order-level discounts (member price, 满减, coupon, points) listed under the goods. */
  discounts: ReadonlyArray<{ amountFen: Fen }>;
  /** Set on 秒杀 / 拼团 / 砍价 orders: their line is charged the activity price. */
  activity?: unknown;
}

export interface LinePrice {
  /** The unit price the line shows: what the buyer was charged per unit before order-level discounts. */
  chargedUnitFen: Fen;
  /** The list price struck through next to it, when the line was charged less per unit (an activity price). */
  listUnitFen: Fen | null;
}

export interface PriceBreakdown {
  lines: LinePrice[];
  /** 商品金额: the lines at the prices they show; minus `discountFen`, plus shipping, is the total. */
  goodsFen: Fen;
  discountFen: Fen;
  shippingFen: Fen;
  totalFen: Fen;
}

/**
 * What every order page shows, shopper and staff: each line at the price it was charged (an activity line at its
 * activity price, the list price struck through; an ordinary line at its list price, with the order-level discounts
 * listed below), so lines − discounts + shipping = total on every order. An activity line's amount is its unit price
 * times the quantity (priceCart), so the unit it shows is exact.
 */
export function orderPriceBreakdown(order: BreakdownOrder): PriceBreakdown {
  const discountFen = toFen(order.discounts.reduce((sum, d) => sum + d.amountFen, 0));
  const lines = order.lines.map((l): LinePrice => {
    if (!order.activity || l.quantity <= 0) return { chargedUnitFen: l.unitPriceFen, listUnitFen: null };
    const chargedUnitFen = toFen(Math.floor(l.amountFen / l.quantity));
    return { chargedUnitFen, listUnitFen: chargedUnitFen < l.unitPriceFen ? l.unitPriceFen : null };
  });
  const goodsFen = order.activity ? order.goodsFen : toFen(order.goodsFen + discountFen);
  return { lines, goodsFen, discountFen, shippingFen: order.shippingFen, totalFen: order.totalFen };
}
