import fc from 'fast-check';
import { thrownCode as codeOf } from '../shared/thrown-code';
import { allocate } from './allocate';
import { toFen } from './fen';

/** The same split in BigInt (tests only: the client bundle must not need BigInt). */
function reference(total: number, weights: number[]): number[] {
  const eff = weights.map((w) => BigInt(weights.every((x) => x === 0) ? 1 : w));
  const sum = eff.reduce((a, b) => a + b, 0n);
  const floors = eff.map((w) => (BigInt(total) * w) / sum);
  const rems = eff.map((w) => (BigInt(total) * w) % sum);
  let left = BigInt(total) - floors.reduce((a, b) => a + b, 0n);
  const order = eff.map((_, i) => i).sort((a, b) => (rems[a]! === rems[b]! ? a - b : rems[a]! > rems[b]! ? -1 : 1));
  for (const i of order) {
    if (left === 0n) break;
    floors[i] = floors[i]! + 1n;
    left -= 1n;
  }
  return floors.map(Number);
}

describe('allocate', () => {
  it('splits proportionally when it divides evenly', () => {
    expect(allocate(toFen(600), [1, 2, 3])).toEqual([100, 200, 300]);
  });

  it('gives the leftover 分 to the largest remainders', () => {
    // 100 × [1,1,1] / 3 = 33.33 each; the one leftover goes to index 0 (tie, lower index first).
    expect(allocate(toFen(100), [1, 1, 1])).toEqual([34, 33, 33]);
    // 10 × [3,3,4] / 10 = [3,3,4] exactly.
    expect(allocate(toFen(10), [3, 3, 4])).toEqual([3, 3, 4]);
    // 5 × [1,3] / 4 = [1.25, 3.75]: the larger remainder (index 1) wins.
    expect(allocate(toFen(5), [1, 3])).toEqual([1, 4]);
  });

  it('gives zero-weight parts nothing', () => {
    expect(allocate(toFen(7), [0, 1, 0])).toEqual([0, 7, 0]);
  });

  it('splits evenly when every weight is zero', () => {
    expect(allocate(toFen(5), [0, 0, 0])).toEqual([2, 2, 1]);
  });

  it('splits zero into zeros', () => {
    expect(allocate(toFen(0), [3, 5])).toEqual([0, 0]);
  });

  it('stays exact for totals and weights whose product exceeds 2^53', () => {
    const parts = allocate(toFen(Number.MAX_SAFE_INTEGER), [Number.MAX_SAFE_INTEGER - 1, 1]);
    expect(parts).toEqual([Number.MAX_SAFE_INTEGER - 1, 1]);
    expect(allocate(toFen(2 ** 52 + 1), [2 ** 52 - 3, 2 ** 51, 7])).toEqual(reference(2 ** 52 + 1, [2 ** 52 - 3, 2 ** 51, 7]));
  });

  it('matches exact big-integer arithmetic on large totals and weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.integer({ min: 0, max: 2 ** 50 }), { minLength: 1, maxLength: 6 }),
        (total, weights) => {
          expect(allocate(toFen(total), weights)).toEqual(reference(total, weights));
        },
      ),
    );
  });

  it('refuses weights whose sum is past what a number holds exactly', () => {
    expect(codeOf(() => allocate(toFen(1), [Number.MAX_SAFE_INTEGER, 1]))).toBe('MONEY.INVALID_WEIGHT');
  });

  it('refuses empty weights, negative totals and bad weights', () => {
    expect(codeOf(() => allocate(toFen(1), []))).toBe('MONEY.EMPTY_ALLOCATION');
    expect(codeOf(() => allocate(toFen(-1), [1]))).toBe('MONEY.INVALID_AMOUNT');
    expect(codeOf(() => allocate(toFen(1), [-1, 2]))).toBe('MONEY.INVALID_WEIGHT');
    expect(codeOf(() => allocate(toFen(1), [1.5]))).toBe('MONEY.INVALID_WEIGHT');
  });

  it('always conserves the total, stays within one 分 of the exact share, and is deterministic', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = allocate(toFen(total), weights);
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const allZero = weights.every((w) => w === 0);
          const eff = weights.map((w) => BigInt(allZero ? 1 : w));
          const sum = eff.reduce((a, b) => a + b, 0n);
          parts.forEach((p, i) => {
            const w = eff[i] ?? 0n;
            const floor = (BigInt(total) * w) / sum;
            expect(p >= 0).toBe(true);
            expect(BigInt(p) === floor || BigInt(p) === floor + 1n).toBe(true);
          });
          expect(allocate(toFen(total), weights)).toEqual(parts);
        },
      ),
    );
  });
});
