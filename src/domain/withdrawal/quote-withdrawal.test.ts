import fc from 'fast-check';
import { isDomainError } from '../shared/domain-error';
import { toBps, toFen, type Fen } from '../money/fen';
import type { WithdrawalRules } from '../distribution/distribution-policy';
import { quoteWithdrawal } from './quote-withdrawal';

const rules: WithdrawalRules = {
  minFen: toFen(100),
  maxFen: toFen(50_000),
  dailyCapFen: toFen(80_000),
  feeBps: toBps(60),
  methods: ['WECHAT_CHANGE', 'MANUAL'],
};

type Input = Parameters<typeof quoteWithdrawal>[0];
const aRequest = (overrides: Partial<Input> = {}): Input => ({
  amountFen: toFen(10_000),
  method: 'WECHAT_CHANGE',
  rules,
  availableFen: toFen(100_000),
  withdrawnTodayFen: toFen(0),
  distributorStatus: 'ACTIVE',
  ...overrides,
});

const codeOf = (input: Input): string | undefined => {
  try {
    quoteWithdrawal(input);
  } catch (e) {
    return isDomainError(e) ? e.code : `plain:${String(e)}`;
  }
  return undefined;
};

describe('quoteWithdrawal', () => {
  it('prices the fee before confirmation, floored, and pays out amount − fee', () => {
    // 0.6% of 100.00 = 0.60; of 123.45 = 0.7407 → 0.74.
    expect(quoteWithdrawal(aRequest())).toEqual({
      method: 'WECHAT_CHANGE',
      amountFen: 10_000,
      feeBps: 60,
      feeFen: 60,
      netFen: 9_940,
    });
    expect(quoteWithdrawal(aRequest({ amountFen: toFen(12_345) }))).toMatchObject({ feeFen: 74, netFen: 12_271 });
  });

  it('allows exactly the minimum, the maximum, the daily cap and the whole balance', () => {
    expect(codeOf(aRequest({ amountFen: toFen(100) }))).toBeUndefined();
    expect(codeOf(aRequest({ amountFen: toFen(50_000) }))).toBeUndefined();
    expect(codeOf(aRequest({ amountFen: toFen(30_000), withdrawnTodayFen: toFen(50_000) }))).toBeUndefined();
    expect(codeOf(aRequest({ amountFen: toFen(5_000), availableFen: toFen(5_000) }))).toBeUndefined();
  });

  it.each<[string, Partial<Input>, string]>([
    ['a frozen distributor', { distributorStatus: 'FROZEN' }, 'WITHDRAWAL.FROZEN'],
    ['a non-distributor', { distributorStatus: null }, 'WITHDRAWAL.NOT_DISTRIBUTOR'],
    ['an applicant', { distributorStatus: 'APPLIED' }, 'WITHDRAWAL.NOT_DISTRIBUTOR'],
    ['a zero amount', { amountFen: toFen(0) }, 'WITHDRAWAL.INVALID_AMOUNT'],
    ['a fractional amount', { amountFen: 10.5 as Fen }, 'WITHDRAWAL.INVALID_AMOUNT'],
    ['a method the merchant did not enable', { method: 'BANK_CARD' }, 'WITHDRAWAL.METHOD_NOT_ALLOWED'],
    ['below the minimum', { amountFen: toFen(99) }, 'WITHDRAWAL.BELOW_MIN'],
    ['above the maximum', { amountFen: toFen(50_001) }, 'WITHDRAWAL.ABOVE_MAX'],
    ['over the daily cap', { amountFen: toFen(30_001), withdrawnTodayFen: toFen(50_000) }, 'WITHDRAWAL.DAILY_CAP'],
    ['more than the balance', { amountFen: toFen(5_001), availableFen: toFen(5_000) }, 'WITHDRAWAL.INSUFFICIENT_BALANCE'],
    ['any amount on a negative balance', { amountFen: toFen(100), availableFen: toFen(-1) }, 'WITHDRAWAL.INSUFFICIENT_BALANCE'],
  ])('refuses %s', (_, overrides, code) => {
    expect(codeOf(aRequest(overrides))).toBe(code);
  });

  it('lets a revoked distributor withdraw money already settled', () => {
    expect(codeOf(aRequest({ distributorStatus: 'REVOKED' }))).toBeUndefined();
  });

  it('explains a negative balance in its message', () => {
    try {
      quoteWithdrawal(aRequest({ availableFen: toFen(-250) }));
    } catch (e) {
      expect(isDomainError(e) && e.message).toContain('-¥2.50');
    }
  });

  it('always leaves something after a fee below 100%, and refuses a 100% fee (which policy validation forbids)', () => {
    const steep = { ...rules, minFen: toFen(1), feeBps: toBps(9999) };
    expect(quoteWithdrawal(aRequest({ rules: steep, amountFen: toFen(1) }))).toMatchObject({ feeFen: 0, netFen: 1 });
    const all = { ...rules, feeBps: toBps(10000) };
    expect(codeOf(aRequest({ rules: all }))).toBe('WITHDRAWAL.NOTHING_AFTER_FEE');
  });

  it('never charges more than the stated rate and always pays out amount − fee', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 9999 }), (amount, feeBps) => {
        const r = { ...rules, minFen: toFen(1), maxFen: toFen(10_000_000), dailyCapFen: toFen(10_000_000), feeBps: toBps(feeBps) };
        try {
          const q = quoteWithdrawal(aRequest({ rules: r, amountFen: toFen(amount), availableFen: toFen(10_000_000) }));
          expect(q.feeFen * 10000).toBeLessThanOrEqual(amount * feeBps);
          expect(q.feeFen + q.netFen).toBe(amount);
          expect(q.netFen).toBeGreaterThan(0);
        } catch (e) {
          expect(isDomainError(e) && e.code).toBe('WITHDRAWAL.NOTHING_AFTER_FEE');
        }
      }),
    );
  });
});
