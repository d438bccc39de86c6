import { thrownCode as codeOf } from '../shared/thrown-code';
import type { Bps, Fen } from '../money/fen';
import { DEFAULT_DISTRIBUTION_POLICY, type DistributorGrade } from '../distribution/distribution-policy';
import { assertPolicyCompliant, findPolicyViolations, withoutRecruitConditions, type PolicyChangeInput } from './assert-policy-compliant';
import { COMPLIANCE_ERRORS } from './compliance-errors';

const bps = (...xs: number[]) => xs as Bps[];
const fen = (...xs: number[]) => xs as Fen[];

const aPolicy = (overrides: Partial<PolicyChangeInput> = {}): PolicyChangeInput => ({
  ...DEFAULT_DISTRIBUTION_POLICY,
  ...overrides,
});

const aGrade = (overrides: Partial<DistributorGrade> = {}): DistributorGrade => ({
  id: 'g1',
  name: '银牌',
  weight: 1,
  ratesBps: bps(1500, 500),
  upgrade: { mode: 'ANY', conditions: { ownSpendFen: 10000 as Fen } },
  ...overrides,
});

const ack = { byUserId: 'owner', atIso: '2024-05-01T10:00:00+08:00' };

const codes = (input: PolicyChangeInput) => findPolicyViolations(input).map((v) => v.code);

describe('assertPolicyCompliant accepts', () => {
  it('the default policy, unchanged, as a fresh object', () => {
    const stored = assertPolicyCompliant(DEFAULT_DISTRIBUTION_POLICY);
    expect(stored).toEqual(DEFAULT_DISTRIBUTION_POLICY);
    expect(stored).not.toBe(DEFAULT_DISTRIBUTION_POLICY);
  });

  it('3 levels with an acknowledgement of who and when', () => {
    expect(codes(aPolicy({ levels: 3, ratesBps: bps(1000, 500, 200), threeLevelAck: ack }))).toEqual([]);
  });

  it('forbidden fields left empty or zero, as a form sends them, and strips them', () => {
    const stored = assertPolicyCompliant(
      aPolicy({ entryFeeFen: 0, distributorPackage: null, requiredProductIds: [], recruitRewardFen: 0 }),
    );
    expect(stored).not.toHaveProperty('entryFeeFen');
    expect(stored).not.toHaveProperty('distributorPackage');
    expect(stored).not.toHaveProperty('requiredProductIds');
    expect(stored).not.toHaveProperty('recruitRewardFen');
  });

  it('qualification by cumulative spend (ordinary goods, refunds excluded)', () => {
    expect(codes(aPolicy({ qualification: { kind: 'SPEND_AT_LEAST', thresholdFen: 9900 as Fen } }))).toEqual([]);
  });

  it('every override kind, grades, and rates summing to exactly 100%', () => {
    const input = aPolicy({
      ratesBps: bps(6000, 4000),
      productOverrides: {
        byProductId: { p1: { kind: 'RATE', ratesBps: bps(10000, 0) }, p2: { kind: 'NONE' } },
        bySkuId: { s1: { kind: 'FIXED_PER_UNIT', amountsFen: fen(500, 0) } },
      },
      grades: [aGrade(), aGrade({ id: 'g2', name: '金牌', weight: 2, ratesBps: bps(5000, 5000) })],
    });
    expect(codes(input)).toEqual([]);
  });

  it('10 grades', () => {
    const grades = Array.from({ length: 10 }, (_, i) => aGrade({ id: `g${i}`, weight: i }));
    expect(codes(aPolicy({ grades }))).toEqual([]);
  });

  it('protection + validity binding, and permanent validity', () => {
    const binding = (validityDays: number | null) => ({
      rule: { kind: 'PROTECTED' as const, protectionDays: 15, validityDays },
      onlyNewUsers: true,
      trigger: 'FIRST_ORDER' as const,
    });
    expect(codes(aPolicy({ binding: binding(30) }))).toEqual([]);
    expect(codes(aPolicy({ binding: binding(null) }))).toEqual([]);
    expect(codes(aPolicy({ binding: binding(15) }))).toEqual([]);
  });
});

describe('assertPolicyCompliant refuses each forbidden setting with its own code', () => {
  it.each<[string, PolicyChangeInput, string]>([
    ['more than 3 levels', aPolicy({ levels: 4 as 3, ratesBps: bps(100, 100, 100, 100) }), 'COMPLIANCE.TOO_MANY_LEVELS'],
    ['3 levels without acknowledgement', aPolicy({ levels: 3, ratesBps: bps(1, 1, 1) }), 'COMPLIANCE.THREE_LEVELS_NOT_ACKNOWLEDGED'],
    [
      '3 levels with an acknowledgement missing who',
      aPolicy({ levels: 3, ratesBps: bps(1, 1, 1), threeLevelAck: { byUserId: '', atIso: ack.atIso } }),
      'COMPLIANCE.THREE_LEVELS_NOT_ACKNOWLEDGED',
    ],
    [
      '3 levels with an acknowledgement missing a valid when',
      aPolicy({ levels: 3, ratesBps: bps(1, 1, 1), threeLevelAck: { byUserId: 'owner', atIso: 'yesterday' } }),
      'COMPLIANCE.THREE_LEVELS_NOT_ACKNOWLEDGED',
    ],
    ['policy rates over 100%', aPolicy({ ratesBps: bps(6000, 4001) }), 'COMPLIANCE.RATES_OVER_100'],
    ['grade rates over 100%', aPolicy({ grades: [aGrade({ ratesBps: bps(9000, 1001) })] }), 'COMPLIANCE.RATES_OVER_100'],
    [
      'product override rates over 100%',
      aPolicy({ productOverrides: { byProductId: { p: { kind: 'RATE', ratesBps: bps(10000, 1) } }, bySkuId: {} } }),
      'COMPLIANCE.RATES_OVER_100',
    ],
    [
      'SKU override rates over 100%',
      aPolicy({ productOverrides: { byProductId: {}, bySkuId: { s: { kind: 'RATE', ratesBps: bps(5001, 5000) } } } }),
      'COMPLIANCE.RATES_OVER_100',
    ],
    ['an entry fee', aPolicy({ entryFeeFen: 9900 }), 'COMPLIANCE.ENTRY_FEE'],
    ['a paid distributor package', aPolicy({ distributorPackage: { priceFen: 39900 } }), 'COMPLIANCE.PAID_PACKAGE'],
    [
      'a package of goods to buy, even at price 0',
      aPolicy({ distributorPackage: { priceFen: 0, productIds: ['gift-box'] } }),
      'COMPLIANCE.PAID_PACKAGE',
    ],
    ['required products', aPolicy({ requiredProductIds: ['p1'] }), 'COMPLIANCE.PURCHASE_REQUIRED'],
    [
      'qualification by buying a product',
      aPolicy({ qualification: { kind: 'BUY_PRODUCT', productIds: ['p1'] } }),
      'COMPLIANCE.PURCHASE_REQUIRED',
    ],
    ['cash per recruit', aPolicy({ recruitRewardFen: 500 }), 'COMPLIANCE.RECRUIT_REWARD'],
    ['a grade reached by paying direct downlines', aPolicy({ grades: [{ ...aGrade(), upgrade: { mode: 'ANY', conditions: { paidDirectDownlines: 3 } } }] }), 'COMPLIANCE.RECRUIT_CONDITION'],
    ['a grade reached by team size, even next to own spend', aPolicy({ grades: [{ ...aGrade(), upgrade: { mode: 'ALL', conditions: { ownSpendFen: 100 as Fen, teamSize: 10 } } }] }), 'COMPLIANCE.RECRUIT_CONDITION'],
    ['qualification by number of recruits', aPolicy({ qualification: { kind: 'RECRUITS', count: 3 } }), 'COMPLIANCE.RECRUIT_CONDITION'],
    [
      'more than 10 grades',
      aPolicy({ grades: Array.from({ length: 11 }, (_, i) => aGrade({ id: `g${i}`, weight: i })) }),
      'DISTRIBUTION.TOO_MANY_GRADES',
    ],
    [
      'grade weights that are not unique',
      aPolicy({ grades: [aGrade(), aGrade({ id: 'g2', name: '金牌' })] }),
      'DISTRIBUTION.GRADE_WEIGHT_NOT_UNIQUE',
    ],
  ])('%s', (_, input, code) => {
    expect(codeOf(() => assertPolicyCompliant(input))).toBe(code);
    expect(codes(input)).toEqual([code]);
  });

  it('gives each compliance refusal a Chinese message that names its source', () => {
    for (const key of ['TOO_MANY_LEVELS', 'ENTRY_FEE', 'PAID_PACKAGE', 'PURCHASE_REQUIRED', 'RECRUIT_REWARD', 'RECRUIT_CONDITION'] as const) {
      expect(COMPLIANCE_ERRORS[key].message).toMatch(/《禁止传销条例》第七条/);
    }
    expect(COMPLIANCE_ERRORS.THREE_LEVELS_NOT_ACKNOWLEDGED.message).toMatch(/微信/);
    expect(COMPLIANCE_ERRORS.PAID_PACKAGE.message).toMatch(/微信/);
  });

  it('reports every violation at once, compliance first, with the field path', () => {
    const violations = findPolicyViolations(
      aPolicy({ entryFeeFen: 1, recruitRewardFen: 1, ratesBps: bps(9000, 2000), freezeDays: -1 }),
    );
    expect(violations.map((v) => [v.code, v.path])).toEqual([
      ['COMPLIANCE.ENTRY_FEE', 'entryFeeFen'],
      ['COMPLIANCE.RECRUIT_REWARD', 'recruitRewardFen'],
      ['COMPLIANCE.RATES_OVER_100', 'ratesBps'],
      ['DISTRIBUTION.INVALID_POLICY', 'freezeDays'],
    ]);
  });
});

describe('assertPolicyCompliant refuses malformed values', () => {
  const invalidAt = (input: PolicyChangeInput) =>
    findPolicyViolations(input)
      .filter((v) => v.code === 'DISTRIBUTION.INVALID_POLICY')
      .map((v) => v.path);

  it.each<[string, PolicyChangeInput, string]>([
    ['0 levels', aPolicy({ levels: 0 as 1, ratesBps: [] }), 'levels'],
    ['fewer rates than levels', aPolicy({ ratesBps: bps(1000) }), 'ratesBps'],
    ['a fractional rate', aPolicy({ ratesBps: bps(10.5, 0) }), 'ratesBps[0]'],
    ['a negative rate', aPolicy({ ratesBps: bps(100, -1) }), 'ratesBps[1]'],
    [
      'a negative fixed amount',
      aPolicy({ productOverrides: { byProductId: { p: { kind: 'FIXED_PER_UNIT', amountsFen: fen(1, -1) } }, bySkuId: {} } }),
      'productOverrides.byProductId.p.amountsFen[1]',
    ],
    [
      'a fractional fixed amount',
      aPolicy({ productOverrides: { byProductId: {}, bySkuId: { s: { kind: 'FIXED_PER_UNIT', amountsFen: fen(1.5, 0) } } } }),
      'productOverrides.bySkuId.s.amountsFen[0]',
    ],
    [
      'fixed amounts for the wrong number of levels',
      aPolicy({ productOverrides: { byProductId: {}, bySkuId: { s: { kind: 'FIXED_PER_UNIT', amountsFen: fen(1) } } } }),
      'productOverrides.bySkuId.s.amountsFen',
    ],
    ['a zero spend threshold', aPolicy({ qualification: { kind: 'SPEND_AT_LEAST', thresholdFen: 0 as Fen } }), 'qualification.thresholdFen'],
    [
      'validity shorter than protection',
      aPolicy({ binding: { rule: { kind: 'PROTECTED', protectionDays: 30, validityDays: 7 }, onlyNewUsers: false, trigger: 'OPEN' } }),
      'binding.rule.validityDays',
    ],
    ['an unknown trigger', aPolicy({ binding: { rule: 'FIRST_TOUCH', onlyNewUsers: false, trigger: 'PAY' as 'OPEN' } }), 'binding.trigger'],
    ['duplicate grade ids', aPolicy({ grades: [aGrade(), aGrade({ weight: 2 })] }), 'grades[1].id'],
    ['grade rates for the wrong number of levels', aPolicy({ grades: [aGrade({ ratesBps: bps(1) })] }), 'grades[0].ratesBps'],
    ['a fractional freeze', aPolicy({ freezeDays: 1.5 }), 'freezeDays'],
    ['max below min', aPolicy({ withdrawal: { ...DEFAULT_DISTRIBUTION_POLICY.withdrawal, maxFen: 99 as Fen } }), 'withdrawal.maxFen'],
    ['a 100% fee', aPolicy({ withdrawal: { ...DEFAULT_DISTRIBUTION_POLICY.withdrawal, feeBps: 10000 as Bps } }), 'withdrawal.feeBps'],
    ['no withdrawal method', aPolicy({ withdrawal: { ...DEFAULT_DISTRIBUTION_POLICY.withdrawal, methods: [] } }), 'withdrawal.methods'],
    ['a zero version', aPolicy({ version: 0 }), 'version'],
  ])('%s', (_, input, path) => {
    expect(invalidAt(input)).toEqual([path]);
  });

  it('refuses a change made from an older version', () => {
    const stored = { ...DEFAULT_DISTRIBUTION_POLICY, version: 5 };
    expect(codeOf(() => assertPolicyCompliant(aPolicy({ version: 6 }), stored))).toBeUndefined();
    expect(codeOf(() => assertPolicyCompliant(aPolicy({ version: 5 }), stored))).toBe('DISTRIBUTION.STALE_VERSION');
    expect(codeOf(() => assertPolicyCompliant(aPolicy({ version: 8 }), stored))).toBe('DISTRIBUTION.STALE_VERSION');
  });

  it('does not read an override keyed "__proto__" or "constructor" from the prototype', () => {
    const byProductId = JSON.parse('{"__proto__": {"kind": "RATE", "ratesBps": [9999, 9999]}}') as Record<string, never>;
    expect(codes(aPolicy({ productOverrides: { byProductId, bySkuId: {} } }))).toEqual(['COMPLIANCE.RATES_OVER_100']);
  });
});

describe('head-count conditions', () => {
  it('a grade without conditions is accepted: staff assign it', () => {
    expect(codes(aPolicy({ grades: [aGrade({ upgrade: { mode: 'ALL', conditions: {} } })] }))).toEqual([]);
  });

  it('withoutRecruitConditions keeps every condition on the distributor’s own results', () => {
    expect(withoutRecruitConditions({ ownSpendFen: 100 as Fen, paidDirectDownlines: 3, teamSize: 9, orderCount: 2, settledCommissionFen: 5 as Fen })).toEqual({ ownSpendFen: 100, orderCount: 2, settledCommissionFen: 5 });
    expect(withoutRecruitConditions({ paidDirectDownlines: 3 })).toEqual({});
  });
});
