import { defineLifecycle } from '../shared/define-lifecycle';

/**
 * REQUESTED debits the available balance at once (in the same write that creates the request), so two concurrent
 * requests can never both spend the same money. REJECTED and FAILED give it back; retrying a FAILED payout
 * (FAILED → APPROVED) takes it again and must pass the balance check again.
 */
export type WithdrawalStatus = 'REQUESTED' | 'APPROVED' | 'PAID' | 'REJECTED' | 'FAILED';

export const WITHDRAWAL_STATUSES: readonly WithdrawalStatus[] = ['REQUESTED', 'APPROVED', 'PAID', 'REJECTED', 'FAILED'];

/** The single withdrawal lifecycle (ARCHITECTURE §5). */
export const withdrawalLifecycle = defineLifecycle<WithdrawalStatus>({
  transitions: {
    REQUESTED: ['APPROVED', 'REJECTED'],
    APPROVED: ['PAID', 'FAILED'],
    FAILED: ['APPROVED'],
    PAID: [],
    REJECTED: [],
  },
  initial: ['REQUESTED'],
  terminal: ['PAID', 'REJECTED'],
  error: { code: 'WITHDRAWAL.INVALID_TRANSITION', message: '提现状态不允许此操作' },
});

export const WITHDRAWAL_TRANSITIONS = withdrawalLifecycle.transitions;
export const canTransitionWithdrawal = withdrawalLifecycle.can;
export const assertWithdrawalTransition = withdrawalLifecycle.assert;

/** Whether a withdrawal in this status holds (or has paid out) its amount from the balance. */
export const withdrawalDebitsBalance = (status: WithdrawalStatus): boolean =>
  status === 'REQUESTED' || status === 'APPROVED' || status === 'PAID';

/** A transition that debits the balance again (a retry), so the caller must re-check the available balance first. */
export const transitionDebitsBalance = (from: WithdrawalStatus, to: WithdrawalStatus): boolean =>
  !withdrawalDebitsBalance(from) && withdrawalDebitsBalance(to);
