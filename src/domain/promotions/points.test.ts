import fc from 'fast-check';
import { thrownCode as codeOf } from '../shared/thrown-code';
import { toBps, toFen } from '../money/fen';
import { earnPoints, pointsToReverse, spendPoints, splitPointsAcrossLines } from './points';

const request = { requestedPoints: 10_000, balancePoints: 10_000, fenPerPoint: 1, maxDeductionBps: toBps(5000) };

describe('spendPoints', () => {
  it('uses the fewest of requested, balance and cap, in whole points', () => {
    expect(spendPoints(request, toFen(3000))).toEqual({ pointsUsed: 1500, deductionFen: 1500 });
    expect(spendPoints({ ...request, balancePoints: 200 }, toFen(3000))).toEqual({ pointsUsed: 200, deductionFen: 200 });
    expect(spendPoints({ ...request, requestedPoints: 7 }, toFen(3000))).toEqual({ pointsUsed: 7, deductionFen: 7 });
    // Cap 1500 分 at 7 分 a point: 214 points = 1498 分, never a part point.
    expect(spendPoints({ ...request, fenPerPoint: 7 }, toFen(3000))).toEqual({ pointsUsed: 214, deductionFen: 1498 });
  });

  it('refuses bad input', () => {
    expect(codeOf(() => spendPoints({ ...request, balancePoints: -1 }, toFen(1)))).toBe('POINTS.INVALID_AMOUNT');
    expect(codeOf(() => spendPoints({ ...request, fenPerPoint: 0 }, toFen(1)))).toBe('POINTS.INVALID_RATE');
  });

  it('never deducts more than the cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 1, max: 1000 }),
        (payable, bps, fenPerPoint) => {
          const r = spendPoints({ ...request, balancePoints: 1e9, requestedPoints: 1e9, fenPerPoint, maxDeductionBps: toBps(bps) }, toFen(payable));
          expect(r.deductionFen).toBeLessThanOrEqual(Math.floor((payable * bps) / 10000));
          expect(r.deductionFen).toBe(r.pointsUsed * fenPerPoint);
        },
      ),
    );
  });
});

describe('earnPoints', () => {
  it('earns floor(paid × rate)', () => {
    expect(earnPoints(toFen(12345), toBps(100))).toBe(123);
  });
});

describe('splitPointsAcrossLines', () => {
  it('splits by what each line paid and conserves the points', () => {
    expect(splitPointsAcrossLines(10, [toFen(100), toFen(200)])).toEqual([3, 7]);
  });
});

describe('pointsToReverse', () => {
  it('reverses in proportion, ending at exactly all the points', () => {
    const line = { linePoints: 10, linePaidFen: toFen(300) };
    const first = pointsToReverse({ ...line, refundedBeforeFen: toFen(0), refundFen: toFen(100) });
    const second = pointsToReverse({ ...line, refundedBeforeFen: toFen(100), refundFen: toFen(200) });
    expect([first, second]).toEqual([4, 6]);
  });

  it('refuses a refund beyond the line', () => {
    expect(
      codeOf(() => pointsToReverse({ linePoints: 1, linePaidFen: toFen(10), refundedBeforeFen: toFen(5), refundFen: toFen(6) })),
    ).toBe('REFUND.EXCEEDS_LINE');
  });

  it('any sequence of partial refunds reverses every point exactly once, never below zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 6 }),
        (linePoints, paid, weights) => {
          const parts = splitPointsAcrossLines(paid, weights.map(toFen)); // refunds that add up to the line's paid amount
          let before = 0;
          let reversed = 0;
          for (const refund of parts) {
            const r = pointsToReverse({ linePoints, linePaidFen: toFen(paid), refundedBeforeFen: toFen(before), refundFen: toFen(refund) });
            expect(r).toBeGreaterThanOrEqual(0);
            reversed += r;
            before += refund;
          }
          expect(reversed).toBe(linePoints);
        },
      ),
    );
  });
});
