import { isDomainError } from '../shared/domain-error';
import { toFen } from '../money/fen';
import { applyFullReduction, pickFullReductionTier, type FullReductionActivity } from './full-reduction';

const tiers = [
  { thresholdFen: toFen(10000), reductionFen: toFen(1000) },
  { thresholdFen: toFen(30000), reductionFen: toFen(5000) },
  { thresholdFen: toFen(20000), reductionFen: toFen(3000) },
];
const activity = (overrides: Partial<FullReductionActivity> = {}): FullReductionActivity => ({
  activityId: 'fr1',
  tiers,
  productIds: null,
  ...overrides,
});
const line = (lineId: string, productId: string, amountFen: number) => ({ lineId, productId, amountFen: toFen(amountFen) });

describe('pickFullReductionTier', () => {
  it('picks the highest tier reached, whatever the order of the tiers', () => {
    expect(pickFullReductionTier(tiers, toFen(9999))).toBeNull();
    expect(pickFullReductionTier(tiers, toFen(10000))?.reductionFen).toBe(1000);
    expect(pickFullReductionTier(tiers, toFen(29999))?.reductionFen).toBe(3000);
    expect(pickFullReductionTier(tiers, toFen(90000))?.reductionFen).toBe(5000);
  });
});

describe('applyFullReduction', () => {
  it('reduces by the tier reached by eligible goods only', () => {
    const result = applyFullReduction(activity({ productIds: ['p1'] }), [line('a', 'p1', 15000), line('b', 'p2', 50000)]);
    expect(result).toEqual({ ok: true, tier: tiers[0], reductionFen: 1000, eligibleLineIds: ['a'], eligibleFen: 15000 });
  });

  it('says why nothing applied', () => {
    expect(applyFullReduction(activity(), [line('a', 'p1', 9999)])).toEqual({ ok: false, reason: 'BELOW_LOWEST_TIER' });
    expect(applyFullReduction(activity({ productIds: [] }), [line('a', 'p1', 99999)])).toEqual({
      ok: false,
      reason: 'NO_ELIGIBLE_GOODS',
    });
  });

  it('never reduces more than the eligible goods', () => {
    const generous = activity({ tiers: [{ thresholdFen: toFen(0), reductionFen: toFen(500) }] });
    expect(applyFullReduction(generous, [line('a', 'p1', 300)])).toMatchObject({ ok: true, reductionFen: 300 });
  });

  it('throws on a malformed activity', () => {
    try {
      applyFullReduction(activity({ tiers: [] }), [line('a', 'p1', 1)]);
      throw new Error('expected a throw');
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('FULL_REDUCTION.INVALID');
    }
  });
});
