import { defineLifecycle } from '../shared/define-lifecycle';
import { DomainError } from '../shared/domain-error';
import type { Fen } from '../money/fen';
import type { CommissionBasis } from './calculate-line-commission';

/**
 * Commission ledger entries are immutable except for their status; every correction is a new entry.
 * - COMMISSION: created PENDING at payment, amount > 0.
 * - REVERSAL: a refund while the commission is still PENDING, amount < 0, `parentEntryId` = the commission. It shares
 *   its parent's status and moves with it (settled together, or reversed together once the parent nets to 0), so the
 *   pending bucket always shows what is still expected.
 * - CLAWBACK: a refund after the commission SETTLED, amount < 0, created SETTLED and never changed: it lowers the
 *   available balance, which later withdrawals must first cover (a balance may go negative).
 */
export type CommissionEntryKind = 'COMMISSION' | 'REVERSAL' | 'CLAWBACK';
export type CommissionEntryStatus = 'PENDING' | 'SETTLED' | 'WITHDRAWN' | 'REVERSED';

export const COMMISSION_ENTRY_STATUSES: readonly CommissionEntryStatus[] = ['PENDING', 'SETTLED', 'WITHDRAWN', 'REVERSED'];

export interface CommissionEntry {
  id: string;
  kind: CommissionEntryKind;
  status: CommissionEntryStatus;
  beneficiaryId: string;
  lineId: string;
  level: number;
  amountFen: Fen;
  /** The COMMISSION entry a REVERSAL or CLAWBACK corrects; null for a COMMISSION. */
  parentEntryId: string | null;
  /** How a COMMISSION was computed (a refund recomputes with it); null for corrections. */
  basis: CommissionBasis | null;
}

/**
 * The single commission-entry transition table (ARCHITECTURE §5). WITHDRAWN marks a settled entry whose money has
 * been paid out in a withdrawal; balances come from withdrawal records, so the marker never moves money itself.
 */
export const commissionEntryLifecycle = defineLifecycle<CommissionEntryStatus>({
  transitions: {
    PENDING: ['SETTLED', 'REVERSED'],
    SETTLED: ['WITHDRAWN'],
    WITHDRAWN: [],
    REVERSED: [],
  },
  // A clawback is created SETTLED (INITIAL_ENTRY_STATUS).
  initial: ['PENDING', 'SETTLED'],
  terminal: ['WITHDRAWN', 'REVERSED'],
  error: { code: 'COMMISSION.INVALID_TRANSITION', message: '佣金状态不允许此操作' },
});

export const COMMISSION_ENTRY_TRANSITIONS = commissionEntryLifecycle.transitions;

/** The status each kind is created in. */
export const INITIAL_ENTRY_STATUS: Readonly<Record<CommissionEntryKind, CommissionEntryStatus>> = {
  COMMISSION: 'PENDING',
  REVERSAL: 'PENDING',
  CLAWBACK: 'SETTLED',
};

export function canTransitionEntry(
  kind: CommissionEntryKind,
  from: CommissionEntryStatus,
  to: CommissionEntryStatus,
): boolean {
  // A clawback is a final correction; a reversal follows its parent but is never itself marked withdrawn.
  if (kind === 'CLAWBACK') return false;
  if (kind === 'REVERSAL' && to === 'WITHDRAWN') return false;
  return commissionEntryLifecycle.can(from, to);
}

export function assertEntryTransition(
  kind: CommissionEntryKind,
  from: CommissionEntryStatus,
  to: CommissionEntryStatus,
): void {
  if (!canTransitionEntry(kind, from, to)) {
    throw new DomainError(commissionEntryLifecycle.error.code, commissionEntryLifecycle.error.message);
  }
}

/** The sign each kind must have: money in for a commission, money back for a correction. Zero entries are noise. */
export function hasValidSign(entry: Pick<CommissionEntry, 'kind' | 'amountFen'>): boolean {
  return entry.kind === 'COMMISSION' ? entry.amountFen > 0 : entry.amountFen < 0;
}

/** The entry lifecycle as one kind sees it: the table, narrowed by the kind's own rule (canTransitionEntry). */
export function entryLifecycleOf(kind: CommissionEntryKind): Pick<typeof commissionEntryLifecycle, 'assert' | 'initial'> {
  return { assert: (from, to) => assertEntryTransition(kind, from, to), initial: [INITIAL_ENTRY_STATUS[kind]] };
}
