import type { WithdrawalMethod } from '../domain/distribution/distribution-policy';
import type { Fen } from '../domain/money/fen';
import type { WithdrawalStatus } from '../domain/withdrawal/withdrawal-lifecycle';
import type { Page } from './paging';

/** 财务: staff review and pay out withdrawals. Every action needs the 'finance' permission (owners have it). */
export const FINANCE_FN = 'finance';

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
  /** The payee's available balance now (below zero after a clawback), so staff see a debt before approving. */
  payeeAvailableFen: Fen;
  /** What the payee owes (0 unless available is negative): approval and retry refuse while it is above 0. */
  payeeDebtFen: Fen;
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

/**
 * An item a timer failed on (settlement, reconcile, activity-timer, jobs): what, how many runs in a row it failed,
 * the last error. `subject` is an order id, a group member's order id, a job id, or 'run' when the whole run threw.
 */
export interface JobFailureView {
  id: string;
  job: string;
  subject: string;
  count: number;
  lastError: string;
  firstAt: string;
  lastAt: string;
}

/**
 * 支付异常: money WeChat Pay took that the shop cannot keep (cloudfunctions/shared/flows/payments/apply-payment.ts).
 * UNKNOWN_ORDER: no such order; AMOUNT_MISMATCH: paid a different amount; UNPAYABLE_ORDER: the order can no longer
 * take it (cancelled, or already paid — the buyer and a friend both paid, 找人代付).
 */
export type PaymentAlertKind = 'AMOUNT_MISMATCH' | 'UNKNOWN_ORDER' | 'UNPAYABLE_ORDER';
/** OPEN (to handle) → REFUNDING (refund number fixed, call sent or to re-send) → REFUNDED; or OPEN → DISMISSED (handled elsewhere). */
export type { PaymentAlertState } from '../domain/payment-alert/payment-alert-lifecycle';
import type { PaymentAlertState } from '../domain/payment-alert/payment-alert-lifecycle';
/** What WeChat Pay said of the refund: the call's answer (ACCEPTED / SUCCESS), then the refund notify's. */
export type PaymentAlertRefundChannelState = 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'FAILED';

export interface PaymentAlertView {
  id: string;
  kind: PaymentAlertKind;
  state: PaymentAlertState;
  /** The order the money names; for UNKNOWN_ORDER there is no such order (no link). */
  orderId: string;
  hasOrder: boolean;
  /** The out_trade_no the money came under: the refund goes against it. */
  outTradeNo: string;
  transactionId: string;
  /** The order's total; null for an unknown order. */
  expectedFen: Fen | null;
  /** What WeChat Pay took: the whole of it is refunded. */
  notifiedFen: Fen;
  createdAt: string;
  refundNo: string | null;
  refundRequestedBy: string | null;
  refundRequestedAt: string | null;
  refundedAt: string | null;
  /** The last refund call's refusal (state stays REFUNDING; 退款 again re-sends the same number). */
  failureReason: string | null;
  channelState: PaymentAlertRefundChannelState | null;
  /** Set when the refund notify reports it closed or abnormal: staff settle it in 商户平台. */
  channelReason: string | null;
  dismissedBy: string | null;
  dismissedAt: string | null;
  dismissNote: string | null;
}

/** A page of alerts plus how many are still OPEN (the badge). */
export interface PaymentAlertPage extends Page<PaymentAlertView> {
  openCount: number;
}

export { PAYMENT_ALERT_ERRORS } from '../domain/payment-alert/payment-alert-errors';

/** What a balance or line disagreement is (see cloudfunctions/shared/flows/ledger/check-ledger.ts). */
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
