import fc from 'fast-check';
import { toFen, type Bps, type Fen } from '../money/fen';
import {
  DEFAULT_DISTRIBUTION_POLICY,
  type CommissionOverride,
  type DistributorGrade,
} from '../distribution/distribution-policy';
import type { LevelBeneficiary } from '../distribution/resolve-beneficiaries';
import {
  calculateLineCommission,
  computeLevelAmounts,
  type CommissionLine,
  type LineCommissionPolicy,
} from './calculate-line-commission';

const bps = (...xs: number[]) => xs as Bps[];
const fen = (...xs: number[]) => xs as Fen[];

const aLine = (overrides: Partial<CommissionLine> = {}): CommissionLine => ({
  lineId: 'o1-1',
  productId: 'p1',
  skuId: 's1',
  quantity: 1,
  paidFen: toFen(10000),
  ...overrides,
});

const paid = (...ids: string[]): LevelBeneficiary[] => ids.map((beneficiaryId, i) => ({ level: i + 1, beneficiaryId }));

const aGrade = (id: string, weight: number, rates: Bps[]): DistributorGrade => ({
  id,
  name: id,
  weight,
  ratesBps: rates,
  upgrade: { mode: 'ANY', conditions: { orderCount: 1 } },
});

const policy = (overrides: Partial<LineCommissionPolicy> = {}): LineCommissionPolicy => ({
  levels: DEFAULT_DISTRIBUTION_POLICY.levels,
  ratesBps: DEFAULT_DISTRIBUTION_POLICY.ratesBps,
  productOverrides: { byProductId: {}, bySkuId: {} },
  grades: [],
  ...overrides,
});

const withOverrides = (byProductId: Record<string, CommissionOverride>, bySkuId: Record<string, CommissionOverride> = {}) =>
  policy({ productOverrides: { byProductId, bySkuId } });

const amounts = (r: ReturnType<typeof calculateLineCommission>) => r.entries.map((e) => [e.level, e.amountFen, e.source]);

describe('calculateLineCommission', () => {
  it('pays the policy rates, floored to the 分, with deterministic ids and the basis recorded', () => {
    const result = calculateLineCommission({
      line: aLine({ paidFen: toFen(1999), quantity: 2 }),
      beneficiaries: paid('P1', 'P2'),
      policy: policy(),
      gradeOf: {},
    });
    expect(result.entries).toEqual([
      {
        id: 'o1-1:L1',
        lineId: 'o1-1',
        level: 1,
        beneficiaryId: 'P1',
        baseFen: 1999,
        quantity: 2,
        basis: { kind: 'RATE', rateBps: 1000 },
        source: 'POLICY',
        amountFen: 199,
      },
      {
        id: 'o1-1:L2',
        lineId: 'o1-1',
        level: 2,
        beneficiaryId: 'P2',
        baseFen: 1999,
        quantity: 2,
        basis: { kind: 'RATE', rateBps: 500 },
        source: 'POLICY',
        amountFen: 99,
      },
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('uses the grade rate of the distributor who receives each level', () => {
    const result = calculateLineCommission({
      line: aLine(),
      beneficiaries: paid('D', 'C'),
      policy: policy({ grades: [aGrade('gold', 2, bps(3000, 1500)), aGrade('silver', 1, bps(2000, 800))] }),
      gradeOf: { D: 'silver', C: 'gold' },
    });
    // D (silver) earns level 1 at silver's level-1 rate; C (gold) earns level 2 at gold's level-2 rate.
    expect(amounts(result)).toEqual([
      [1, 2000, 'GRADE'],
      [2, 1500, 'GRADE'],
    ]);
  });

  it('falls back to the policy rates for an ungraded distributor or a grade no longer in the policy', () => {
    const result = calculateLineCommission({
      line: aLine(),
      beneficiaries: paid('D', 'C'),
      policy: policy({ grades: [aGrade('gold', 2, bps(3000, 1500))] }),
      gradeOf: { D: null, C: 'deleted-grade' },
    });
    expect(amounts(result)).toEqual([
      [1, 1000, 'POLICY'],
      [2, 500, 'POLICY'],
    ]);
  });

  it('lets a product rate override win over grades, and a SKU override win over the product', () => {
    const gold = policy({ grades: [aGrade('gold', 1, bps(3000, 1500))] });
    const product = calculateLineCommission({
      line: aLine(),
      beneficiaries: paid('D', 'C'),
      policy: { ...gold, productOverrides: { byProductId: { p1: { kind: 'RATE', ratesBps: bps(200, 100) } }, bySkuId: {} } },
      gradeOf: { D: 'gold', C: 'gold' },
    });
    expect(amounts(product)).toEqual([
      [1, 200, 'PRODUCT'],
      [2, 100, 'PRODUCT'],
    ]);
    const sku = calculateLineCommission({
      line: aLine(),
      beneficiaries: paid('D', 'C'),
      policy: withOverrides({ p1: { kind: 'RATE', ratesBps: bps(200, 100) } }, { s1: { kind: 'RATE', ratesBps: bps(50, 0) } }),
      gradeOf: {},
    });
    expect(amounts(sku)).toEqual([[1, 50, 'SKU']]);
    expect(sku.skipped).toEqual([{ lineId: 'o1-1', level: 2, candidateId: 'C', reason: 'ROUNDS_TO_ZERO' }]);
  });

  it('multiplies a fixed per-unit amount by the quantity', () => {
    const result = calculateLineCommission({
      line: aLine({ quantity: 3, paidFen: toFen(30000) }),
      beneficiaries: paid('P1', 'P2'),
      policy: withOverrides({}, { s1: { kind: 'FIXED_PER_UNIT', amountsFen: fen(500, 200) } }),
      gradeOf: {},
    });
    expect(result.entries.map((e) => [e.amountFen, e.basis])).toEqual([
      [1500, { kind: 'FIXED_PER_UNIT', perUnitFen: 500 }],
      [600, { kind: 'FIXED_PER_UNIT', perUnitFen: 200 }],
    ]);
  });

  it('pays nothing for a product set to NONE, even when its SKU has no override', () => {
    const result = calculateLineCommission({
      line: aLine(),
      beneficiaries: paid('P1', 'P2'),
      policy: withOverrides({ p1: { kind: 'NONE' } }),
      gradeOf: {},
    });
    expect(result.entries).toEqual([]);
    expect(result.skipped.map((s) => [s.level, s.candidateId, s.reason])).toEqual([
      [1, 'P1', 'NO_COMMISSION_PRODUCT'],
      [2, 'P2', 'NO_COMMISSION_PRODUCT'],
    ]);
  });

  it('lets a SKU pay commission although its product is set to NONE', () => {
    const result = calculateLineCommission({
      line: aLine(),
      beneficiaries: paid('P1', 'P2'),
      policy: withOverrides({ p1: { kind: 'NONE' } }, { s1: { kind: 'RATE', ratesBps: bps(100, 100) } }),
      gradeOf: {},
    });
    expect(amounts(result)).toEqual([
      [1, 100, 'SKU'],
      [2, 100, 'SKU'],
    ]);
  });

  it('caps fixed amounts at the paid amount, nearest level first', () => {
    // A 100-yuan fixed commission on an item discounted to 50 yuan: level 1 takes all 50, level 2 nothing.
    const result = calculateLineCommission({
      line: aLine({ paidFen: toFen(5000) }),
      beneficiaries: paid('P1', 'P2'),
      policy: withOverrides({ p1: { kind: 'FIXED_PER_UNIT', amountsFen: fen(10000, 300) } }),
      gradeOf: {},
    });
    expect(amounts(result)).toEqual([[1, 5000, 'PRODUCT']]);
    expect(result.skipped).toEqual([{ lineId: 'o1-1', level: 2, candidateId: 'P2', reason: 'LINE_CAP_REACHED' }]);
  });

  it('caps grade rates that together exceed 100%', () => {
    const result = calculateLineCommission({
      line: aLine({ paidFen: toFen(1000) }),
      beneficiaries: paid('A', 'B'),
      policy: policy({ grades: [aGrade('a', 1, bps(7000, 0)), aGrade('b', 2, bps(0, 6000))] }),
      gradeOf: { A: 'a', B: 'b' },
    });
    expect(amounts(result)).toEqual([
      [1, 700, 'GRADE'],
      [2, 300, 'GRADE'],
    ]);
  });

  it('records skipped levels from the beneficiary resolution, in level order', () => {
    const result = calculateLineCommission({
      line: aLine(),
      beneficiaries: [
        { level: 1, skipped: 'REVOKED', candidateId: 'P1' },
        { level: 2, beneficiaryId: 'P2' },
      ],
      policy: policy(),
      gradeOf: {},
    });
    expect(amounts(result)).toEqual([[2, 500, 'POLICY']]);
    expect(result.skipped).toEqual([{ lineId: 'o1-1', level: 1, candidateId: 'P1', reason: 'REVOKED' }]);
  });

  it('treats a mismatch between beneficiaries and levels, or a bad line, as a bug', () => {
    expect(() => calculateLineCommission({ line: aLine(), beneficiaries: paid('P1'), policy: policy(), gradeOf: {} })).toThrow();
    expect(() =>
      calculateLineCommission({ line: aLine({ quantity: 0 }), beneficiaries: paid('P1', 'P2'), policy: policy(), gradeOf: {} }),
    ).toThrow('quantity');
  });
});

describe('computeLevelAmounts', () => {
  it('pays nothing fixed for zero units kept', () => {
    expect(computeLevelAmounts(toFen(0), 0, [{ kind: 'FIXED_PER_UNIT', perUnitFen: toFen(100) }])).toEqual([
      { uncappedFen: 0, amountFen: 0 },
    ]);
  });
});

const overrideArb = (levels: number): fc.Arbitrary<CommissionOverride | undefined> =>
  fc.oneof(
    fc.constant(undefined),
    fc.constant({ kind: 'NONE' as const }),
    fc
      .array(fc.integer({ min: 0, max: 10000 }), { minLength: levels, maxLength: levels })
      .filter((r) => r.reduce((a, b) => a + b, 0) <= 10000)
      .map((r) => ({ kind: 'RATE' as const, ratesBps: r as Bps[] })),
    fc
      .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: levels, maxLength: levels })
      .map((a) => ({ kind: 'FIXED_PER_UNIT' as const, amountsFen: a as Fen[] })),
  );

describe('calculateLineCommission properties', () => {
  it('never pays a line more than its paid amount, never pays 0 or less, and keeps ids unique', () => {
    const arb = fc.constantFrom(1 as const, 2 as const, 3 as const).chain((levels) =>
      fc.record({
        levels: fc.constant(levels),
        paidFen: fc.integer({ min: 0, max: 10_000_000 }),
        quantity: fc.integer({ min: 1, max: 99 }),
        productOverride: overrideArb(levels),
        skuOverride: overrideArb(levels),
        gradeRates: fc.array(fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: levels, maxLength: levels }), {
          minLength: levels,
          maxLength: levels,
        }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ levels, paidFen, quantity, productOverride, skuOverride, gradeRates }) => {
        const ids = Array.from({ length: levels }, (_, i) => `P${i + 1}`);
        const grades = gradeRates.map((r, i) => aGrade(`g${i}`, i, r as Bps[]));
        const result = calculateLineCommission({
          line: aLine({ paidFen: toFen(paidFen), quantity }),
          beneficiaries: paid(...ids),
          policy: {
            levels,
            ratesBps: Array.from({ length: levels }, () => 1000 as Bps),
            productOverrides: {
              byProductId: productOverride ? { p1: productOverride } : {},
              bySkuId: skuOverride ? { s1: skuOverride } : {},
            },
            grades,
          },
          gradeOf: Object.fromEntries(ids.map((id, i) => [id, `g${i}`])),
        });
        const total = result.entries.reduce((a, e) => a + e.amountFen, 0);
        expect(total).toBeLessThanOrEqual(paidFen);
        for (const e of result.entries) expect(e.amountFen).toBeGreaterThan(0);
        expect(new Set(result.entries.map((e) => e.id)).size).toBe(result.entries.length);
        // Every level is accounted for exactly once: paid or skipped with a reason.
        const levelsSeen = [...result.entries.map((e) => e.level), ...result.skipped.map((s) => s.level)].sort();
        expect(levelsSeen).toEqual(ids.map((_, i) => i + 1));
      }),
    );
  });
});
