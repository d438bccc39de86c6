import { DomainError } from '../shared/domain-error';
import { toFen, type Fen } from '../money/fen';

/** FLAT charges feeFen on every order; FREE_OVER waives it once the goods reach freeOverFen (满X包邮). */
export type ShippingRule = { kind: 'FLAT'; feeFen: Fen } | { kind: 'FREE_OVER'; feeFen: Fen; freeOverFen: Fen };

/**
 * goodsFen is the goods after every discount but before points: 满X包邮 is judged on what the goods really cost,
 * and points are a way of paying, so spending them must not suddenly make the buyer pay postage.
 */
export function shippingFee(rule: ShippingRule, goodsFen: Fen): Fen {
  if (toFen(rule.feeFen) < 0 || (rule.kind === 'FREE_OVER' && toFen(rule.freeOverFen) < 0)) {
    throw new DomainError('SHIPPING.INVALID', '运费规则无效');
  }
  if (rule.kind === 'FREE_OVER' && goodsFen >= rule.freeOverFen) return toFen(0);
  return rule.feeFen;
}
