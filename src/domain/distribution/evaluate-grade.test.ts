import fc from 'fast-check';
import { toFen, type Bps, type Fen } from '../money/fen';
import type { DistributorGrade, GradeUpgradeConditions } from './distribution-policy';
import { evaluateGrade, meetsGrade, type GradeStats } from './evaluate-grade';

const grade = (id: string, weight: number, mode: 'ANY' | 'ALL', conditions: GradeUpgradeConditions): DistributorGrade => ({
  id,
  name: id,
  weight,
  ratesBps: [1000, 500] as Bps[],
  upgrade: { mode, conditions },
});

const stats = (overrides: Partial<GradeStats> = {}): GradeStats => ({
  ownSpendFen: toFen(0),
  settledCommissionFen: toFen(0),
  orderCount: 0,
  ...overrides,
});

const silver = grade('silver', 1, 'ANY', { ownSpendFen: 10_000 as Fen, orderCount: 5 });
const gold = grade('gold', 2, 'ALL', { settledCommissionFen: 50_000 as Fen, orderCount: 10 });
const diamond = grade('diamond', 3, 'ANY', { ownSpendFen: 1_000_000 as Fen });
const grades = [gold, diamond, silver]; // order in the policy does not matter; weight does

describe('meetsGrade', () => {
  it('ANY needs one present condition; ALL needs every present one; thresholds are met at ≥', () => {
    expect(meetsGrade(silver, stats({ orderCount: 5 }))).toBe(true);
    expect(meetsGrade(silver, stats({ ownSpendFen: toFen(9_999), orderCount: 4 }))).toBe(false);
    expect(meetsGrade(gold, stats({ settledCommissionFen: toFen(50_000), orderCount: 9 }))).toBe(false);
    expect(meetsGrade(gold, stats({ settledCommissionFen: toFen(50_000), orderCount: 10 }))).toBe(true);
  });

  it('never grants a grade without conditions', () => {
    expect(meetsGrade(grade('x', 1, 'ALL', {}), stats())).toBe(false);
    expect(meetsGrade(grade('x', 1, 'ANY', {}), stats())).toBe(false);
  });
});

describe('evaluateGrade', () => {
  it('jumps straight to the highest qualifying grade by weight', () => {
    const s = stats({ orderCount: 10, settledCommissionFen: toFen(60_000), ownSpendFen: toFen(1_000_000) });
    expect(evaluateGrade({ grades, currentGradeId: null, stats: s })).toEqual({ gradeId: 'diamond', upgraded: true });
  });

  it('upgrades from a lower grade', () => {
    const s = stats({ settledCommissionFen: toFen(50_000), orderCount: 10 });
    expect(evaluateGrade({ grades, currentGradeId: 'silver', stats: s })).toEqual({ gradeId: 'gold', upgraded: true });
  });

  it('never downgrades when stats fall', () => {
    expect(evaluateGrade({ grades, currentGradeId: 'gold', stats: stats() })).toEqual({ gradeId: 'gold', upgraded: false });
    expect(evaluateGrade({ grades, currentGradeId: 'gold', stats: stats({ orderCount: 5 }) })).toEqual({
      gradeId: 'gold',
      upgraded: false,
    });
  });

  it('stays ungraded when nothing qualifies', () => {
    expect(evaluateGrade({ grades, currentGradeId: null, stats: stats() })).toEqual({ gradeId: null, upgraded: false });
  });

  it('treats a grade no longer in the policy as no grade', () => {
    expect(evaluateGrade({ grades, currentGradeId: 'deleted', stats: stats({ orderCount: 5 }) })).toEqual({
      gradeId: 'silver',
      upgraded: true,
    });
    expect(evaluateGrade({ grades, currentGradeId: 'deleted', stats: stats() })).toEqual({ gradeId: 'deleted', upgraded: false });
  });

  it('never lowers the weight, whatever the stats (property)', () => {
    const weightOf = (id: string | null) => grades.find((g) => g.id === id)?.weight ?? 0;
    fc.assert(
      fc.property(
        fc.constantFrom<string | null>(null, 'silver', 'gold', 'diamond'),
        fc.record({
          ownSpendFen: fc.nat(2_000_000).map(toFen),
          settledCommissionFen: fc.nat(100_000).map(toFen),
          orderCount: fc.nat(15),
        }),
        (currentGradeId, s) => {
          const r = evaluateGrade({ grades, currentGradeId, stats: s });
          expect(weightOf(r.gradeId)).toBeGreaterThanOrEqual(weightOf(currentGradeId));
          expect(r.upgraded).toBe(r.gradeId !== currentGradeId);
          if (r.upgraded) {
            const qualifying = grades.filter((g) => meetsGrade(g, s)).map((g) => g.weight);
            expect(weightOf(r.gradeId)).toBe(Math.max(...qualifying));
          }
        },
      ),
    );
  });
});
