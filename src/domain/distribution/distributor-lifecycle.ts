import { defineLifecycle } from '../shared/define-lifecycle';
import { DISTRIBUTOR_ERRORS } from './distributor-errors';

/**
 * A user's standing as a distributor. APPLIED/REJECTED exist only under the APPLICATION qualification; FROZEN still
 * earns but cannot withdraw; REVOKED earns nothing from then on (money already earned stays theirs).
 */
export type DistributorStatus = 'APPLIED' | 'ACTIVE' | 'FROZEN' | 'REJECTED' | 'REVOKED';

export const DISTRIBUTOR_STATUSES: readonly DistributorStatus[] = ['APPLIED', 'ACTIVE', 'FROZEN', 'REJECTED', 'REVOKED'];

/**
 * The single distributor transition table. A rejected applicant may apply again; a revoked distributor is final
 * (staff re-admitting someone is a deliberate new decision, made as a new distributor record).
 */
export const distributorLifecycle = defineLifecycle<DistributorStatus>({
  transitions: {
    APPLIED: ['ACTIVE', 'REJECTED'],
    REJECTED: ['APPLIED'],
    ACTIVE: ['FROZEN', 'REVOKED'],
    FROZEN: ['ACTIVE', 'REVOKED'],
    REVOKED: [],
  },
  // Open qualification admits at once (ACTIVE); the APPLICATION qualification starts with an application.
  initial: ['APPLIED', 'ACTIVE'],
  terminal: ['REVOKED'],
  error: DISTRIBUTOR_ERRORS.INVALID_TRANSITION,
});

export const DISTRIBUTOR_TRANSITIONS = distributorLifecycle.transitions;
export const canTransitionDistributor = distributorLifecycle.can;
export const assertDistributorTransition = distributorLifecycle.assert;

/** Who earns commission: active and frozen distributors (freezing stops withdrawals, not earnings). */
export const earnsCommission = (status: DistributorStatus | null): boolean => status === 'ACTIVE' || status === 'FROZEN';

/** Who may withdraw: active distributors, and revoked ones for money already settled (it is owed to them). */
export const mayWithdraw = (status: DistributorStatus | null): boolean => status === 'ACTIVE' || status === 'REVOKED';
