import fc from 'fast-check';
import { thrownCode as codeOf } from '../shared/thrown-code';
import { addFen, applyRateFloor, multiplyFen, sumFen, toBps, toFen, ZERO_FEN, type Fen } from './fen';

describe('toFen', () => {
  it('accepts safe integers, including negatives for clawbacks', () => {
    expect(toFen(1230)).toBe(1230);
    expect(toFen(-300)).toBe(-300);
    expect(toFen(0)).toBe(0);
    expect(toFen(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([1.5, 0.1, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 1])('refuses %p', (n) => {
    expect(codeOf(() => toFen(n))).toBe('MONEY.INVALID_AMOUNT');
  });
});

describe('toBps', () => {
  it('accepts 0..10000', () => {
    expect(toBps(0)).toBe(0);
    expect(toBps(1000)).toBe(1000);
    expect(toBps(10000)).toBe(10000);
  });

  it.each([-1, 10001, 12.5, NaN])('refuses %p', (n) => {
    expect(codeOf(() => toBps(n))).toBe('MONEY.INVALID_RATE');
  });
});

describe('addFen / sumFen', () => {
  it('adds exactly', () => {
    expect(ZERO_FEN).toBe(0);
    expect(addFen()).toBe(0);
    expect(addFen(toFen(100), toFen(250), toFen(-50))).toBe(300);
    expect(sumFen([toFen(1), toFen(2), toFen(3)])).toBe(6);
  });

  it('refuses to leave the safe-integer range rather than round', () => {
    expect(codeOf(() => addFen(toFen(Number.MAX_SAFE_INTEGER), toFen(1)))).toBe('MONEY.INVALID_AMOUNT');
  });

  it('refuses a value that is not a Fen at runtime', () => {
    expect(codeOf(() => sumFen([0.5 as Fen]))).toBe('MONEY.INVALID_AMOUNT');
  });
});

describe('multiplyFen', () => {
  it('multiplies by a positive integer quantity', () => {
    expect(multiplyFen(toFen(1990), 3)).toBe(5970);
  });

  it.each([0, -1, 1.5])('refuses quantity %p', (q) => {
    expect(codeOf(() => multiplyFen(toFen(100), q))).toBe('MONEY.INVALID_QUANTITY');
  });

  it('refuses a result outside the safe range', () => {
    expect(codeOf(() => multiplyFen(toFen(Number.MAX_SAFE_INTEGER), 2))).toBe('MONEY.INVALID_AMOUNT');
  });
});

describe('applyRateFloor', () => {
  it('floors to the 分', () => {
    expect(applyRateFloor(toFen(1999), toBps(1000))).toBe(199);
    expect(applyRateFloor(toFen(9), toBps(1000))).toBe(0);
    expect(applyRateFloor(toFen(10000), toBps(500))).toBe(500);
    expect(applyRateFloor(toFen(12345), toBps(10000))).toBe(12345);
    expect(applyRateFloor(toFen(12345), toBps(0))).toBe(0);
  });

  it('stays exact where a float product would round', () => {
    // 9007199254740990 × 3333 exceeds 2^53: Math.floor(a * r / 10000) gives 3002099511605172, one 分 too many.
    expect(applyRateFloor(toFen(9007199254740990), toBps(3333))).toBe(3002099511605171);
  });

  it('refuses negative amounts', () => {
    expect(codeOf(() => applyRateFloor(toFen(-1), toBps(100)))).toBe('MONEY.INVALID_AMOUNT');
  });

  it('matches the exact definition for any amount and rate', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.integer({ min: 0, max: 10000 }), (amount, rate) => {
        const result = applyRateFloor(toFen(amount), toBps(rate));
        const exact = BigInt(amount) * BigInt(rate);
        // result is the largest r with r × 10000 ≤ amount × rate.
        expect(BigInt(result) * 10000n <= exact).toBe(true);
        expect((BigInt(result) + 1n) * 10000n > exact).toBe(true);
      }),
    );
  });
});
