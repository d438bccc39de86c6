import fc from 'fast-check';
import { thrownCode as codeOf } from '../shared/thrown-code';
import { toFen } from '../money/fen';
import { bargainCuts, bargainPriceAfter, type BargainPlanInput } from './bargain-cuts';

const aPlan = (overrides: Partial<BargainPlanInput> = {}): BargainPlanInput => ({
  startFen: toFen(10000),
  floorFen: toFen(100),
  helps: 10,
  minCutFen: toFen(1),
  maxCutFen: toFen(5000),
  seed: 42,
  ...overrides,
});
describe('bargainCuts', () => {
  it('lands exactly on the floor after the configured helps', () => {
    const cuts = bargainCuts(aPlan());
    expect(cuts).toHaveLength(10);
    expect(bargainPriceAfter(toFen(10000), cuts, 10)).toBe(100);
    expect(bargainPriceAfter(toFen(10000), cuts, 9)).toBeGreaterThan(100);
  });

  it('replays the same plan from the same seed and a different one from another', () => {
    expect(bargainCuts(aPlan())).toEqual(bargainCuts(aPlan()));
    expect(bargainCuts(aPlan({ seed: 43 }))).not.toEqual(bargainCuts(aPlan()));
  });

  it('forces equal cuts when the bounds leave no choice', () => {
    expect(bargainCuts(aPlan({ startFen: toFen(130), floorFen: toFen(100), helps: 3, minCutFen: toFen(10), maxCutFen: toFen(10) }))).toEqual([
      10, 10, 10,
    ]);
  });

  it('refuses a plan that cannot land on the floor within the bounds', () => {
    expect(codeOf(() => bargainCuts(aPlan({ helps: 100, maxCutFen: toFen(10) })))).toBe('BARGAIN.INVALID_PLAN');
    expect(codeOf(() => bargainCuts(aPlan({ startFen: toFen(105), helps: 10 })))).toBe('BARGAIN.INVALID_PLAN');
    expect(codeOf(() => bargainCuts(aPlan({ minCutFen: toFen(0) })))).toBe('BARGAIN.INVALID_PLAN');
    expect(codeOf(() => bargainCuts(aPlan({ seed: -1 })))).toBe('BARGAIN.INVALID_PLAN');
  });

  it('refuses a help past the last one', () => {
    expect(codeOf(() => bargainPriceAfter(toFen(100), [toFen(1)], 2))).toBe('BARGAIN.NO_HELPS_LEFT');
  });

  it('for any seed, N and feasible bounds: cuts sum to start − floor, each within bounds and ≥ 1 分', () => {
    const planArb = fc
      .record({
        seed: fc.integer({ min: 0, max: 0xffffffff }),
        helps: fc.integer({ min: 1, max: 200 }),
        minCutFen: fc.integer({ min: 1, max: 10_000 }),
        spread: fc.integer({ min: 0, max: 1_000_000 }),
        floorFen: fc.integer({ min: 0, max: 1_000_000 }),
        slack: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ seed, helps, minCutFen, spread, floorFen, slack }) => {
        const maxCutFen = minCutFen + spread;
        const total = helps * minCutFen + Math.floor(slack * helps * spread);
        return { seed, helps, minCutFen: toFen(minCutFen), maxCutFen: toFen(maxCutFen), floorFen: toFen(floorFen), startFen: toFen(floorFen + total) };
      });
    fc.assert(
      fc.property(planArb, (plan) => {
        const cuts = bargainCuts(plan);
        expect(cuts).toHaveLength(plan.helps);
        expect(cuts.reduce((a, b) => a + b, 0)).toBe(plan.startFen - plan.floorFen);
        for (const cut of cuts) {
          expect(Number.isInteger(cut)).toBe(true);
          expect(cut).toBeGreaterThanOrEqual(Math.max(1, plan.minCutFen));
          expect(cut).toBeLessThanOrEqual(plan.maxCutFen);
        }
      }),
    );
  });
});
