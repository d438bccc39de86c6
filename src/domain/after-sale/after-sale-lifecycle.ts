import { defineLifecycle } from '../shared/define-lifecycle';
import type { AfterSaleStatus } from './after-sale-status';

/** Who moves a request into each state: the shopper asks, sends goods back and may cancel; staff decide. */
export type AfterSaleActor = 'BUYER' | 'STAFF';

/**
 * The single after-sale transition table: REQUESTED → APPROVED → (RETURNING → RETURNED) → REFUNDED, or REJECTED by
 * staff / CANCELLED by the shopper while open. Staff may refund an approved 仅退款 at once, and refuse a return that
 * never comes (REJECTED from APPROVED or RETURNING), so no request blocks settlement for ever.
 */
export const afterSaleLifecycle = defineLifecycle<AfterSaleStatus>({
  transitions: {
    REQUESTED: ['APPROVED', 'REJECTED', 'CANCELLED'],
    APPROVED: ['RETURNING', 'REFUNDED', 'REJECTED', 'CANCELLED'],
    RETURNING: ['RETURNED', 'REJECTED', 'CANCELLED'],
    RETURNED: ['REFUNDED'],
    REFUNDED: [],
    REJECTED: [],
    CANCELLED: [],
  },
  initial: ['REQUESTED'],
  terminal: ['REFUNDED', 'REJECTED', 'CANCELLED'],
  error: { code: 'AFTER_SALE.INVALID_TRANSITION', message: '售后单当前状态不允许此操作，请刷新' },
});

export const AFTER_SALE_TRANSITIONS = afterSaleLifecycle.transitions;

/** Who may move a request into a state (REQUESTED is the shopper's creation). */
export const AFTER_SALE_ACTOR_OF: Readonly<Record<AfterSaleStatus, AfterSaleActor>> = {
  REQUESTED: 'BUYER',
  APPROVED: 'STAFF',
  RETURNING: 'BUYER',
  RETURNED: 'STAFF',
  REFUNDED: 'STAFF',
  REJECTED: 'STAFF',
  CANCELLED: 'BUYER',
};

export const canTransitionAfterSale = afterSaleLifecycle.can;
export const assertAfterSaleTransition = afterSaleLifecycle.assert;

/**
 * The states a request passes through from `from` to `to`, shortest way along the table (excluding `from`), or null
 * when it cannot get there. A refund resolves a request from wherever it stands (e.g. REQUESTED → APPROVED →
 * REFUNDED when staff refund at once), recording each step it took.
 */
export const afterSalePath = afterSaleLifecycle.path;
