import { isDomainError } from '../shared/domain-error';
import {
  assertWithdrawalTransition,
  canTransitionWithdrawal,
  transitionDebitsBalance,
  withdrawalDebitsBalance,
  WITHDRAWAL_STATUSES,
  WITHDRAWAL_TRANSITIONS,
  type WithdrawalStatus,
} from './withdrawal-lifecycle';

const ALLOWED: ReadonlyArray<[WithdrawalStatus, WithdrawalStatus]> = [
  ['REQUESTED', 'APPROVED'],
  ['REQUESTED', 'REJECTED'],
  ['APPROVED', 'PAID'],
  ['APPROVED', 'FAILED'],
  ['FAILED', 'APPROVED'],
];
const pairs = WITHDRAWAL_STATUSES.flatMap((from) =>
  WITHDRAWAL_STATUSES.map((to) => [from, to] as [WithdrawalStatus, WithdrawalStatus]),
);

describe('withdrawal lifecycle', () => {
  it('has a row for every status; PAID and REJECTED are final', () => {
    expect(Object.keys(WITHDRAWAL_TRANSITIONS).sort()).toEqual([...WITHDRAWAL_STATUSES].sort());
    expect(WITHDRAWAL_TRANSITIONS.PAID).toEqual([]);
    expect(WITHDRAWAL_TRANSITIONS.REJECTED).toEqual([]);
  });

  it.each(pairs)('%s → %s follows the agreed design', (from, to) => {
    const expected = ALLOWED.some(([f, t]) => f === from && t === to);
    expect(canTransitionWithdrawal(from, to)).toBe(expected);
    let error: unknown;
    try {
      assertWithdrawalTransition(from, to);
    } catch (e) {
      error = e;
    }
    if (expected) expect(error).toBeUndefined();
    else expect(isDomainError(error) && error.code).toBe('WITHDRAWAL.INVALID_TRANSITION');
  });

  it('debits while requested, approved or paid; gives back on rejection and failure', () => {
    expect(WITHDRAWAL_STATUSES.filter(withdrawalDebitsBalance)).toEqual(['REQUESTED', 'APPROVED', 'PAID']);
  });

  it('marks only the retry of a failed payout as debiting again', () => {
    const debiting = ALLOWED.filter(([f, t]) => transitionDebitsBalance(f, t));
    expect(debiting).toEqual([['FAILED', 'APPROVED']]);
  });
});
