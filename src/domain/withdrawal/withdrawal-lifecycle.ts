import { DomainError } from '../shared/domain-error';

/**
 * REQUESTED debits the available balance at once (in the same write that creates the request), so two concurrent
 * requests can never both spend the same money. REJECTED and FAILED give it back; retrying a FAILED payout
 * (FAILED → APPROVED) takes it again and must pass the balance check again.
 */
export type WithdrawalStatus = 'REQUESTED' | 'APPROVED' | 'PAID' | 'REJECTED' | 'FAILED';

export const WITHDRAWAL_STATUSES: readonly WithdrawalStatus[] = ['REQUESTED', 'APPROVED', 'PAID', 'REJECTED', 'FAILED'];

/** The single withdrawal transition table (ARCHITECTURE §5). */
export const WITHDRAWAL_TRANSITIONS: Readonly<Record<WithdrawalStatus, readonly WithdrawalStatus[]>> = {
  REQUESTED: ['APPROVED', 'REJECTED'],
  APPROVED: ['PAID', 'FAILED'],
  FAILED: ['APPROVED'],
  PAID: [],
  REJECTED: [],
};

export function canTransitionWithdrawal(from: WithdrawalStatus, to: WithdrawalStatus): boolean {
  return WITHDRAWAL_TRANSITIONS[from]?.includes(to) ?? false;
}

export function assertWithdrawalTransition(from: WithdrawalStatus, to: WithdrawalStatus): void {
  if (!canTransitionWithdrawal(from, to)) {
    throw new DomainError('WITHDRAWAL.INVALID_TRANSITION', '提现状态不允许此操作');
  }
}

/** Whether a withdrawal in this status holds (or has paid out) its amount from the balance. */
export const withdrawalDebitsBalance = (status: WithdrawalStatus): boolean =>
  status === 'REQUESTED' || status === 'APPROVED' || status === 'PAID';

/** A transition that debits the balance again (a retry), so the caller must re-check the available balance first. */
export const transitionDebitsBalance = (from: WithdrawalStatus, to: WithdrawalStatus): boolean =>
  !withdrawalDebitsBalance(from) && withdrawalDebitsBalance(to);
