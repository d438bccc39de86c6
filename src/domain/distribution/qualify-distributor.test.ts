import { toFen } from '../money/fen';
import { qualifyDistributor, type QualificationStats } from './qualify-distributor';

const stats = (paidOrderCount: number, paid: number, refunded = 0): QualificationStats => ({
  paidOrderCount,
  paidSpendFen: toFen(paid),
  refundedFen: toFen(refunded),
});

describe('qualifyDistributor', () => {
  it('qualifies everyone when unconditional', () => {
    expect(qualifyDistributor({ kind: 'UNCONDITIONAL' }, stats(0, 0))).toEqual({ qualifies: true });
  });

  it('qualifies after the first paid order', () => {
    const mode = { kind: 'FIRST_PAID_ORDER' } as const;
    expect(qualifyDistributor(mode, stats(0, 0))).toEqual({ qualifies: false, reason: 'NEEDS_PAID_ORDER' });
    expect(qualifyDistributor(mode, stats(1, 100))).toEqual({ qualifies: true });
  });

  it('qualifies at a cumulative spend ≥ the threshold, refunds excluded', () => {
    const mode = { kind: 'SPEND_AT_LEAST', thresholdFen: toFen(10_000) } as const;
    expect(qualifyDistributor(mode, stats(3, 10_000))).toEqual({ qualifies: true });
    expect(qualifyDistributor(mode, stats(3, 9_999))).toEqual({
      qualifies: false,
      reason: 'SPEND_BELOW_THRESHOLD',
      remainingFen: 1,
    });
    expect(qualifyDistributor(mode, stats(3, 15_000, 5_001))).toMatchObject({ qualifies: false, remainingFen: 1 });
    expect(qualifyDistributor(mode, stats(3, 15_000, 5_000))).toEqual({ qualifies: true });
  });

  it('never qualifies automatically under application or staff designation', () => {
    expect(qualifyDistributor({ kind: 'APPLICATION' }, stats(99, 10_000_000))).toEqual({
      qualifies: false,
      reason: 'NEEDS_APPLICATION',
    });
    expect(qualifyDistributor({ kind: 'STAFF_ONLY' }, stats(99, 10_000_000))).toEqual({ qualifies: false, reason: 'STAFF_ONLY' });
  });

  it('treats refunds above spend as a bug', () => {
    expect(() => qualifyDistributor({ kind: 'SPEND_AT_LEAST', thresholdFen: toFen(1) }, stats(0, 10, 11))).toThrow();
  });
});
