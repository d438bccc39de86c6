import { isDomainError } from '../shared/domain-error';
import { toBps, type Bps } from '../money/fen';
import { assertCommissionPolicy, DEFAULT_COMMISSION_POLICY, type CommissionPolicy } from './commission-policy';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return isDomainError(e) ? e.code : `plain:${String(e)}`;
  }
  return undefined;
};

const bps = (...xs: number[]): Bps[] => xs as Bps[];

describe('commission policy', () => {
  it('defaults to 2 levels at 10% and 5%', () => {
    expect(DEFAULT_COMMISSION_POLICY).toEqual({ levels: 2, ratesBps: [1000, 500] });
    expect(() => assertCommissionPolicy(DEFAULT_COMMISSION_POLICY)).not.toThrow();
  });

  it('accepts 1 and 3 levels and a total of exactly 100%', () => {
    expect(() => assertCommissionPolicy({ levels: 1, ratesBps: [toBps(10000)] })).not.toThrow();
    expect(() => assertCommissionPolicy({ levels: 3, ratesBps: bps(5000, 3000, 2000) })).not.toThrow();
    expect(() => assertCommissionPolicy({ levels: 2, ratesBps: bps(0, 0) })).not.toThrow();
  });

  it.each<[string, CommissionPolicy]>([
    ['0 levels', { levels: 0 as 1, ratesBps: [] }],
    ['4 levels', { levels: 4 as 3, ratesBps: bps(100, 100, 100, 100) }],
    ['fewer rates than levels', { levels: 2, ratesBps: bps(1000) }],
    ['more rates than levels', { levels: 1, ratesBps: bps(1000, 500) }],
    ['a negative rate', { levels: 2, ratesBps: bps(1000, -1) }],
    ['a rate over 100%', { levels: 1, ratesBps: bps(10001) }],
    ['a fractional rate', { levels: 1, ratesBps: bps(10.5) }],
    ['rates summing over 100%', { levels: 2, ratesBps: bps(6000, 4001) }],
  ])('refuses %s', (_, policy) => {
    expect(codeOf(() => assertCommissionPolicy(policy))).toBe('COMMISSION.INVALID_POLICY');
  });
});
