import { isDomainError } from '../shared/domain-error';
import { toFen } from '../money/fen';
import { shippingFee } from './shipping-fee';

describe('shippingFee', () => {
  it('charges a flat fee', () => {
    expect(shippingFee({ kind: 'FLAT', feeFen: toFen(800) }, toFen(99999))).toBe(800);
  });

  it('waives the fee from the threshold on', () => {
    const rule = { kind: 'FREE_OVER', feeFen: toFen(800), freeOverFen: toFen(9900) } as const;
    expect(shippingFee(rule, toFen(9899))).toBe(800);
    expect(shippingFee(rule, toFen(9900))).toBe(0);
  });

  it('refuses a negative fee', () => {
    try {
      shippingFee({ kind: 'FLAT', feeFen: toFen(-1) }, toFen(0));
      throw new Error('expected a throw');
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('SHIPPING.INVALID');
    }
  });
});
