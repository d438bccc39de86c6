import type { WithdrawalMethod } from '../domain/distribution/distribution-policy';
import type { Fen } from '../domain/money/fen';
import type { WithdrawalStatus } from '../domain/withdrawal/withdrawal-lifecycle';
import type { ExportFileView } from './export-file';
import type { Page } from './paging';

/** 财务: staff review and pay out withdrawals. Every action needs the 'finance' permission (owners have it). */
export const FINANCE_FN = 'finance';

export interface ListWithdrawalsInput {
  status?: WithdrawalStatus;
  cursor?: number;
  limit?: number;
}

export interface WithdrawalIdInput {
  withdrawalId: string;
}

export interface RejectWithdrawalInput extends WithdrawalIdInput {
  /** 1..100 characters, shown to the distributor. */
  reason: string;
}

/** A withdrawal as staff see it: the whole account, since a manual payout needs it. */
export interface FinanceWithdrawalView {
  id: string;
  userId: string;
  nickname: string;
  status: WithdrawalStatus;
  method: WithdrawalMethod;
  amountFen: Fen;
  feeFen: Fen;
  netFen: Fen;
  account: string;
  requestedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  rejectReason: string | null;
  failureReason: string | null;
  paidAt: string | null;
  /** Payouts tried so far; the next transfer id is `<id>-<attempts + 1>`. */
  attempts: number;
  channelRef: string | null;
}

/** 经营数据: sales by period (Beijing calendar days), growth and commission totals. */
export interface DashboardView {
  generatedAt: string;
  periods: Record<'today' | 'days7' | 'days30', {
    grossFen: Fen;
    refundedFen: Fen;
    netFen: Fen;
    paidOrders: number;
    averageOrderFen: Fen;
    newShoppers: number;
    newDistributors: number;
  }>;
  /** Net sales per day, the last 7 days, oldest first. */
  daily: Array<{ day: string; netFen: Fen }>;
  topProducts: Array<{ productId: string; title: string; units: number; amountFen: Fen }>;
  /** By commission earned in the last 30 days (net of reversals). */
  topDistributors: Array<{ userId: string; nickname: string; amountFen: Fen }>;
  /** Every distributor's balance summed: expected, earned and not yet paid out, paid out. */
  commission: { pendingFen: Fen; settledUnpaidFen: Fen; paidOutFen: Fen };
  /** False when a scan hit its cap (a very large shop): the figures then cover only what was read. */
  complete: boolean;
}

export interface FinanceResults {
  getDashboard: DashboardView;
  listWithdrawals: Page<FinanceWithdrawalView>;
  /** PAID, or FAILED with failureReason when the payout channel refused (the money is back in the balance). */
  approveWithdrawal: FinanceWithdrawalView;
  rejectWithdrawal: FinanceWithdrawalView;
  retryWithdrawal: FinanceWithdrawalView;
  exportCommissionEntries: ExportFileView;
  exportWithdrawals: ExportFileView;
  checkLedger: LedgerCheckView;
}

/** What a balance or line disagreement is (see cloudfunctions/shared/ledger/check-ledger.ts). */
export type LedgerProblemKind = 'BALANCE_MISMATCH' | 'LINE_NOT_CONSERVED' | 'LEVEL_BELOW_ZERO';

/** 账目核对: cached balances re-derived from entries and withdrawals, every paid line's entries re-added. */
export interface LedgerCheckView {
  ok: boolean;
  checkedAt: string;
  users: number;
  lines: number;
  problemCount: number;
  /** The first LEDGER_CHECK_MAX_PROBLEMS problems; `subject` is the user id, line id or entry id. */
  problems: Array<{ kind: LedgerProblemKind; subject: string; detail: string }>;
}

export const LEDGER_CHECK_MAX_PROBLEMS = 50;

/** Beijing days, both included ("YYYY-MM-DD"), at most 366 days. */
export interface DayRangeInput {
  from: string;
  to: string;
}
