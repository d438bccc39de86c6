import { DomainError } from '../shared/domain-error';
import type { AfterSaleStatus } from './after-sale-status';

/** Who moves a request into each state: the shopper asks, sends goods back and may cancel; staff decide. */
export type AfterSaleActor = 'BUYER' | 'STAFF';

/**
 * The single after-sale transition table: REQUESTED → APPROVED → (RETURNING → RETURNED) → REFUNDED, or REJECTED by
 * staff / CANCELLED by the shopper while open. Staff may refund an approved 仅退款 at once, and refuse a return that
 * never comes (REJECTED from APPROVED or RETURNING), so no request blocks settlement for ever.
 */
export const AFTER_SALE_TRANSITIONS: Readonly<Record<AfterSaleStatus, readonly AfterSaleStatus[]>> = {
  REQUESTED: ['APPROVED', 'REJECTED', 'CANCELLED'],
  APPROVED: ['RETURNING', 'REFUNDED', 'REJECTED', 'CANCELLED'],
  RETURNING: ['RETURNED', 'REJECTED', 'CANCELLED'],
  RETURNED: ['REFUNDED'],
  REFUNDED: [],
  REJECTED: [],
  CANCELLED: [],
};

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

export function canTransitionAfterSale(from: AfterSaleStatus, to: AfterSaleStatus): boolean {
  return AFTER_SALE_TRANSITIONS[from]?.includes(to) ?? false;
}

export function assertAfterSaleTransition(from: AfterSaleStatus, to: AfterSaleStatus): void {
  if (!canTransitionAfterSale(from, to)) throw new DomainError('AFTER_SALE.INVALID_TRANSITION', '售后单当前状态不允许此操作，请刷新');
}

/**
 * The states a request passes through from `from` to `to`, shortest way along the table (excluding `from`), or null
 * when it cannot get there. A refund resolves a request from wherever it stands (e.g. REQUESTED → APPROVED →
 * REFUNDED when staff refund at once), recording each step it took.
 */
export function afterSalePath(from: AfterSaleStatus, to: AfterSaleStatus): AfterSaleStatus[] | null {
  const previous = new Map<AfterSaleStatus, AfterSaleStatus>();
  const queue: AfterSaleStatus[] = [from];
  while (queue.length) {
    const at = queue.shift()!;
    if (at === to && at !== from) break;
    for (const next of AFTER_SALE_TRANSITIONS[at]) {
      if (next === from || previous.has(next)) continue;
      previous.set(next, at);
      queue.push(next);
    }
  }
  if (!previous.has(to)) return null;
  const path: AfterSaleStatus[] = [];
  for (let at: AfterSaleStatus = to; at !== from; at = previous.get(at)!) path.unshift(at);
  return path;
}
