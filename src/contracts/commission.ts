import type { CommissionEntryKind, CommissionEntryStatus } from '../domain/commission/commission-entry-lifecycle';
import type { DerivedBalance } from '../domain/ledger/derive-balance';
import type { Fen } from '../domain/money/fen';
import type { Page } from './paging';

export const COMMISSION_FN = 'commission';

export type CommissionState = CommissionEntryStatus;

/** The caller's money by state (see src/domain/ledger/derive-balance.ts for exact meanings). */
export type Balance = DerivedBalance;

export interface CommissionEntryView {
  id: string;
  orderId: string;
  /** COMMISSION (money in), REVERSAL or CLAWBACK (negative corrections after a refund). */
  kind: CommissionEntryKind;
  level: number;
  state: CommissionState;
  baseFen: Fen;
  /** The rate, or the fixed amount per unit, it was computed with; null on corrections. */
  rateBps: number | null;
  perUnitFen: Fen | null;
  amountFen: Fen;
  productTitle: string;
  createdAt: string;
}

export interface CommissionResults {
  getMyBalance: Balance;
  listMyEntries: Page<CommissionEntryView>;
}
