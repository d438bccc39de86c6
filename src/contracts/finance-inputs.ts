import { z } from 'zod';
import { WITHDRAWAL_STATUSES, type WithdrawalStatus } from '../domain/withdrawal/withdrawal-lifecycle';
import { dayRangeInput } from './day-range-input';
import { pageInput } from './page-input';

/** 'W' + 20 base62 characters (see commission.requestWithdrawal). */
const WITHDRAWAL_ID = z.string().regex(/^W[0-9A-Za-z]{20}$/);

/** `<kind>:<transaction id>` (apply-payment.ts raiseAlert; the notify allows any 1..64-character transaction id). */
const PAYMENT_ALERT_ID = z.string().regex(/^(AMOUNT_MISMATCH|UNKNOWN_ORDER|UNPAYABLE_ORDER):[\x21-\x7e]{1,64}$/);

/** Payload schemas of the finance function (server side; the client imports only ./finance). */
export const financeInputs = {
  getDashboard: z.object({}).strict(),
  listWithdrawals: z.object({ status: z.enum(WITHDRAWAL_STATUSES as [WithdrawalStatus, ...WithdrawalStatus[]]).optional(), ...pageInput }).strict(),
  approveWithdrawal: z.object({ withdrawalId: WITHDRAWAL_ID }).strict(),
  rejectWithdrawal: z.object({ withdrawalId: WITHDRAWAL_ID, reason: z.string().trim().min(1).max(100) }).strict(),
  retryWithdrawal: z.object({ withdrawalId: WITHDRAWAL_ID }).strict(),
  /** Entries created on Beijing days from..to (inclusive). */
  exportCommissionEntries: dayRangeInput,
  /** Withdrawals requested on Beijing days from..to (inclusive). */
  exportWithdrawals: dayRangeInput,
  checkLedger: z.object({}).strict(),
  listPaymentAlerts: z.object({ state: z.enum(['OPEN', 'ALL']).optional(), ...pageInput }).strict(),
  refundPaymentAlert: z.object({ alertId: PAYMENT_ALERT_ID }).strict(),
  dismissPaymentAlert: z.object({ alertId: PAYMENT_ALERT_ID, note: z.string().trim().min(1).max(200) }).strict(),
  listJobFailures: z.object({ ...pageInput }).strict(),
};
