import { isDomainError } from '../shared/domain-error';
import {
  assertDistributorTransition,
  canTransitionDistributor,
  DISTRIBUTOR_STATUSES,
  DISTRIBUTOR_TRANSITIONS,
  earnsCommission,
  mayWithdraw,
  type DistributorStatus,
} from './distributor-lifecycle';

const ALLOWED: ReadonlyArray<[DistributorStatus, DistributorStatus]> = [
  ['APPLIED', 'ACTIVE'],
  ['APPLIED', 'REJECTED'],
  ['REJECTED', 'APPLIED'],
  ['ACTIVE', 'FROZEN'],
  ['FROZEN', 'ACTIVE'],
  ['ACTIVE', 'REVOKED'],
  ['FROZEN', 'REVOKED'],
];
const allPairs = DISTRIBUTOR_STATUSES.flatMap((from) =>
  DISTRIBUTOR_STATUSES.map((to) => [from, to] as [DistributorStatus, DistributorStatus]),
);

describe('distributor lifecycle', () => {
  it('has a row for every status', () => {
    expect(Object.keys(DISTRIBUTOR_TRANSITIONS).sort()).toEqual([...DISTRIBUTOR_STATUSES].sort());
  });

  it.each(allPairs)('%s → %s follows the agreed design', (from, to) => {
    const expected = ALLOWED.some(([f, t]) => f === from && t === to);
    expect(canTransitionDistributor(from, to)).toBe(expected);
    let error: unknown;
    try {
      assertDistributorTransition(from, to);
    } catch (e) {
      error = e;
    }
    expect(error === undefined).toBe(expected);
    if (!expected) expect(isDomainError(error) && error.code).toBe('DISTRIBUTOR.INVALID_TRANSITION');
  });

  it('lets frozen distributors earn but not withdraw', () => {
    expect(earnsCommission('FROZEN')).toBe(true);
    expect(mayWithdraw('FROZEN')).toBe(false);
  });

  it('pays nothing to applicants, rejected, revoked or non-distributors', () => {
    for (const s of ['APPLIED', 'REJECTED', 'REVOKED', null] as const) expect(earnsCommission(s)).toBe(false);
    expect(earnsCommission('ACTIVE')).toBe(true);
  });
});
