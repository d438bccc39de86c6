import type { Fen } from '../money/fen';

/** Shaped so the lines go straight into calculateOrderCommission: paidFen is the commission base. */
export interface PricedCartLine {
  lineId: string;
  productId: string;
  skuId: string;
  quantity: number;
  /** unitPriceFen × quantity. */
  listFen: Fen;
  memberDiscountFen: Fen;
  /** List price minus activity price; an activity line gets no member, 满减 or coupon discount. */
  activityDiscountFen: Fen;
  fullReductionFen: Fen;
  couponFen: Fen;
  pointsFen: Fen;
  /** listFen minus every discount above; the line's commission base and refund ceiling. */
  paidFen: Fen;
}
