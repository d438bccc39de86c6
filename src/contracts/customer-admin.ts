import type { z } from 'zod';
import type { customerAdminInputs } from './customer-admin-inputs';
import type { Fen } from '../domain/money/fen';

/**
 * 顾客管理 (CRM). Reading customers and editing their tags and notes need the 'orders' permission (staff who serve
 * orders serve the people who place them); no separate permission exists so the Permission type stays as it is.
 */
export const CUSTOMER_ADMIN_FN = 'customer-admin';

/** The shop has no member levels yet: every customer shows this one. */
export const DEFAULT_MEMBER_LEVEL = '普通会员';

export { CUSTOMER_NOTE_LENGTH_MAX, CUSTOMER_TAG_LENGTH_MAX, CUSTOMER_TAG_MAX } from './customer-limits';
/** A customer keeps their newest notes only. */
export const CUSTOMER_NOTES_KEPT = 50;

export interface CustomerView {
  userId: string;
  nickname: string;
  /** Member level name by cumulative spend (营销 member levels); DEFAULT_MEMBER_LEVEL below the lowest level or without levels. */
  level: string;
  /** Paid goods and shipping, net of refunds. */
  spendFen: Fen;
  paidOrderCount: number;
  /** Last visit, refreshed at most hourly; null if not seen since visits were recorded. */
  lastSeenAt: string | null;
  superiorId: string | null;
  superiorNickname: string | null;
  /** The store the customer is bound to; null: stores do not exist yet (shown as —). */
  boundStore: string | null;
  tags: string[];
  createdAt: string;
}

export interface CustomerNoteView {
  id: string;
  text: string;
  byNickname: string;
  at: string;
}

export interface CustomerDetailView extends CustomerView {
  /** Newest first. */
  notes: CustomerNoteView[];
  /** Pass back to setCustomerTags / addCustomerNote: a concurrent edit by someone else is CUSTOMER.CHANGED. */
  version: number;
}

export { CUSTOMER_ADMIN_ERRORS } from '../domain/member/customer-admin-errors';

/** Which customers a list or export covers (the export's payload; the list adds paging). */
export type CustomerFilter = z.infer<typeof customerAdminInputs.exportCustomers>;
