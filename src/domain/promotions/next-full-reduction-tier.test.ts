import { toFen } from '../money/fen';
import { nextFullReductionTier } from './next-full-reduction-tier';

const activity = { activityId: 'FR1', tiers: [{ thresholdFen: toFen(20000), reductionFen: toFen(3000) }, { thresholdFen: toFen(10000), reductionFen: toFen(1000) }], productIds: ['p1', 'p2'] };
const line = (productId: string, countedFen: number, isActivityPriced = false) => ({ productId, countedFen: toFen(countedFen), isActivityPriced });

test('counts only eligible, non-activity goods and names the next tier up', () => {
  expect(nextFullReductionTier(activity, [line('p1', 6000), line('p3', 9000), line('p2', 2000, true)])).toEqual({ missingFen: 4000, nextReductionFen: 1000 });
  expect(nextFullReductionTier(activity, [line('p1', 12000)])).toEqual({ missingFen: 8000, nextReductionFen: 3000 });
});

test('no hint once the highest tier is reached; every product counts when the activity has no product list', () => {
  expect(nextFullReductionTier(activity, [line('p1', 20000)])).toBeNull();
  expect(nextFullReductionTier({ ...activity, productIds: null }, [line('p9', 19999)])).toEqual({ missingFen: 1, nextReductionFen: 3000 });
});
