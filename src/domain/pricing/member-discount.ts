import { DomainError } from '../shared/domain-error';
import { applyRateFloor, toFen, type Bps, type Fen } from '../money/fen';

/**
 * A member level's benefit: a member price per SKU where the merchant set one, otherwise a rate off (9.5折 = 500
 * bps off). Levels by cumulative spend are decided elsewhere; pricing only needs what the buyer's level gives.
 */
export interface MemberBenefit {
  levelId: string;
  offBps: Bps;
  memberPriceFenBySkuId: Readonly<Record<string, Fen>>;
}

/**
 * What the member benefit takes off one line. The rate is rounded down on the line (not per unit) so the merchant
 * never gives more than the rate; a member price above the list price gives nothing rather than raising the price.
 */
export function memberDiscountFen(
  benefit: MemberBenefit | null,
  line: { skuId: string; unitPriceFen: Fen; quantity: number },
): Fen {
  if (benefit === null) return toFen(0);
  const listFen = line.unitPriceFen * line.quantity;
  const memberPrice = benefit.memberPriceFenBySkuId[line.skuId];
  if (memberPrice !== undefined) {
    if (toFen(memberPrice) < 0) throw new DomainError('ORDER.INVALID_PRICE', '会员价不能为负数');
    return toFen(Math.max(0, listFen - memberPrice * line.quantity));
  }
  return applyRateFloor(toFen(listFen), benefit.offBps);
}
