import fc from 'fast-check';
import { isDomainError } from '../shared/domain-error';
import { toBps, toFen, type Bps } from '../money/fen';
import { calculateCommissions, type PaidLine } from './calculate-commissions';
import { DEFAULT_COMMISSION_POLICY, type CommissionPolicy } from './commission-policy';

const aLine = (lineId: string, paid: number): PaidLine => ({ lineId, paidFen: toFen(paid) });

describe('calculateCommissions', () => {
  it('pays level 1 and level 2 of the default policy, floored to the 分, ordered by line then level', () => {
    const drafts = calculateCommissions({
      lines: [aLine('o1-1', 1999), aLine('o1-2', 10000)],
      upline: ['P1', 'P2', 'P3'],
      policy: DEFAULT_COMMISSION_POLICY,
    });
    expect(drafts).toEqual([
      { id: 'o1-1:L1', lineId: 'o1-1', level: 1, beneficiaryId: 'P1', baseFen: 1999, rateBps: 1000, amountFen: 199 },
      { id: 'o1-1:L2', lineId: 'o1-1', level: 2, beneficiaryId: 'P2', baseFen: 1999, rateBps: 500, amountFen: 99 },
      { id: 'o1-2:L1', lineId: 'o1-2', level: 1, beneficiaryId: 'P1', baseFen: 10000, rateBps: 1000, amountFen: 1000 },
      { id: 'o1-2:L2', lineId: 'o1-2', level: 2, beneficiaryId: 'P2', baseFen: 10000, rateBps: 500, amountFen: 500 },
    ]);
  });

  it('pays only as many levels as the buyer has ancestors', () => {
    const drafts = calculateCommissions({ lines: [aLine('l', 1000)], upline: ['P1'], policy: DEFAULT_COMMISSION_POLICY });
    expect(drafts.map((d) => d.id)).toEqual(['l:L1']);
  });

  it('pays nothing to a buyer without a superior', () => {
    expect(calculateCommissions({ lines: [aLine('l', 1000)], upline: [], policy: DEFAULT_COMMISSION_POLICY })).toEqual([]);
  });

  it('omits entries that floor to zero', () => {
    // 15 分 × 10% = 1.5 → 1; × 5% = 0.75 → 0 (omitted).
    const drafts = calculateCommissions({ lines: [aLine('l', 15)], upline: ['P1', 'P2'], policy: DEFAULT_COMMISSION_POLICY });
    expect(drafts.map((d) => [d.id, d.amountFen])).toEqual([['l:L1', 1]]);
  });

  it('refuses an invalid policy', () => {
    const policy = { levels: 4, ratesBps: [1, 1, 1, 1] } as unknown as CommissionPolicy;
    let code: string | undefined;
    try {
      calculateCommissions({ lines: [aLine('l', 100)], upline: ['P1'], policy });
    } catch (e) {
      code = isDomainError(e) ? e.code : undefined;
    }
    expect(code).toBe('COMMISSION.INVALID_POLICY');
  });

  it('treats repeated line ids as a bug', () => {
    const run = () =>
      calculateCommissions({ lines: [aLine('l', 100), aLine('l', 200)], upline: ['P1'], policy: DEFAULT_COMMISSION_POLICY });
    expect(run).toThrow('duplicate line id');
  });
});

const policyArb: fc.Arbitrary<CommissionPolicy> = fc
  .integer({ min: 1, max: 3 })
  .chain((levels) =>
    fc
      .array(fc.integer({ min: 0, max: 10000 }), { minLength: levels, maxLength: levels })
      .filter((rates) => rates.reduce((a, b) => a + b, 0) <= 10000)
      .map((rates) => ({ levels: levels as 1 | 2 | 3, ratesBps: rates.map((r): Bps => toBps(r)) })),
  );

const inputArb = fc.record({
  lines: fc.uniqueArray(
    fc.record({ lineId: fc.string({ minLength: 1, maxLength: 8 }), paidFen: fc.integer({ min: 0, max: 10_000_000_000 }).map(toFen) }),
    { selector: (l) => l.lineId, maxLength: 6 },
  ),
  upline: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 6 }),
  policy: policyArb,
});

describe('calculateCommissions properties', () => {
  it('never pays more than a line, never negative, unique deterministic ids, never beyond the policy levels', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const drafts = calculateCommissions(input);
        for (const line of input.lines) {
          const paid = drafts.filter((d) => d.lineId === line.lineId).reduce((a, d) => a + d.amountFen, 0);
          expect(paid).toBeLessThanOrEqual(line.paidFen);
        }
        for (const d of drafts) {
          expect(d.amountFen).toBeGreaterThan(0);
          expect(d.level).toBeGreaterThanOrEqual(1);
          expect(d.level).toBeLessThanOrEqual(input.policy.levels);
          expect(d.beneficiaryId).toBe(input.upline[d.level - 1]);
          expect(d.id).toBe(`${d.lineId}:L${d.level}`);
        }
        expect(new Set(drafts.map((d) => d.id)).size).toBe(drafts.length);
        expect(calculateCommissions(input)).toEqual(drafts);
      }),
    );
  });
});
