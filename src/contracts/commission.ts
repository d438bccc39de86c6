import type { CommissionEntryKind, CommissionEntryStatus } from '../domain/commission/commission-entry-lifecycle';
import type { DerivedBalance } from '../domain/ledger/derive-balance';
import type { WithdrawalQuote as DomainWithdrawalQuote } from '../domain/withdrawal/quote-withdrawal';
import type { DayEarnings } from '../domain/ledger/earnings-by-day';
import type { ExpectedSettle } from '../domain/commission/expected-settle';
import type { LineSkipReason } from '../domain/commission/calculate-line-commission';
import type { Fen } from '../domain/money/fen';
import type { WithdrawalMethod } from '../domain/distribution/distribution-policy';
import type { WithdrawalStatus } from '../domain/withdrawal/withdrawal-lifecycle';

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
  /** When the money is expected: a date once the order is received, else "N days after receipt". */
  settle: ExpectedSettle;
}

export type { ExpectedSettle } from '../domain/commission/expected-settle';
export type { LineSkipReason } from '../domain/commission/calculate-line-commission';

/** A level of a paid line that earned the caller nothing, and why ("why no commission"). */
export interface CommissionSkipView {
  id: string;
  orderId: string;
  level: number;
  reason: LineSkipReason;
  productTitle: string;
  createdAt: string;
}

export type ChartDays = 7 | 30;

export interface EarningsChart {
  days: DayEarnings[];
  totalFen: Fen;
}

export type { WithdrawalMethod } from '../domain/distribution/distribution-policy';
export type { WithdrawalStatus } from '../domain/withdrawal/withdrawal-lifecycle';

/** What the distributor confirms: the domain's quote (fee priced before anything is debited) and its context. */
export interface WithdrawalQuote extends DomainWithdrawalQuote {
  availableFen: Fen;
  availableAfterFen: Fen;
  /** How much more may still be requested today (Beijing time), this request included. */
  dailyLeftFen: Fen;
}

/** A withdrawal as its owner sees it; the account is masked. */
export interface WithdrawalView {
  id: string;
  status: WithdrawalStatus;
  method: WithdrawalMethod;
  amountFen: Fen;
  feeFen: Fen;
  netFen: Fen;
  /** e.g. "****1234"; empty for WeChat change. */
  accountMasked: string;
  requestedAt: string;
  reviewedAt: string | null;
  rejectReason: string | null;
  failureReason: string | null;
  paidAt: string | null;
}

/** What the withdrawal form offers and says: only the methods the merchant allows, and the limits. */
export interface WithdrawalRulesView {
  methods: WithdrawalMethod[];
  minFen: Fen;
  maxFen: Fen;
  dailyCapFen: Fen;
  feeBps: number;
}

export { WITHDRAWAL_ERRORS } from '../domain/withdrawal/withdrawal-errors';
