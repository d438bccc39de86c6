import type { Fen } from '../domain/money/fen';
import type { Page } from './paging';

export const COMMISSION_FN = 'commission';

export type CommissionState = 'PENDING' | 'SETTLED' | 'WITHDRAWN' | 'REVERSED';

export interface Balance {
  pendingFen: Fen;
  settledFen: Fen;
  withdrawnFen: Fen;
  reversedFen: Fen;
}

export interface CommissionEntryView {
  id: string;
  orderId: string;
  level: number;
  state: CommissionState;
  baseFen: Fen;
  rateBps: number;
  amountFen: Fen;
  productTitle: string;
  createdAt: string;
}

export interface CommissionResults {
  getMyBalance: Balance;
  listMyEntries: Page<CommissionEntryView>;
}
