import { defineApi, returns, type ResultsOf } from './define-api';
import { financeInputs } from '../finance-inputs';
import { FINANCE_FN, type DashboardView, type FinanceWithdrawalView, type JobFailureView, type LedgerCheckView, type PaymentAlertPage, type PaymentAlertView } from '../finance';
import type { ExportFileView } from '../export-file';
import type { Page } from '../paging';

/** The finance function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const financeApi = defineApi(FINANCE_FN, {
  getDashboard: { input: financeInputs.getDashboard, result: returns<DashboardView>(), permission: 'finance' },
  listWithdrawals: { input: financeInputs.listWithdrawals, result: returns<Page<FinanceWithdrawalView>>(), permission: 'finance' },
  /** PAID, or FAILED with failureReason when the payout channel refused (the money is back in the balance). */
  approveWithdrawal: { input: financeInputs.approveWithdrawal, result: returns<FinanceWithdrawalView>(), permission: 'finance', checkedByAction: true },
  rejectWithdrawal: { input: financeInputs.rejectWithdrawal, result: returns<FinanceWithdrawalView>(), permission: 'finance' },
  retryWithdrawal: { input: financeInputs.retryWithdrawal, result: returns<FinanceWithdrawalView>(), permission: 'finance' },
  exportCommissionEntries: { input: financeInputs.exportCommissionEntries, result: returns<ExportFileView>(), permission: 'finance' },
  exportWithdrawals: { input: financeInputs.exportWithdrawals, result: returns<ExportFileView>(), permission: 'finance' },
  checkLedger: { input: financeInputs.checkLedger, result: returns<LedgerCheckView>(), permission: 'finance' },
  listPaymentAlerts: { input: financeInputs.listPaymentAlerts, result: returns<PaymentAlertPage>(), permission: 'finance' },
  /** REFUNDED when the channel accepted the refund; REFUNDING with failureReason when it refused (retry re-sends the same number). */
  refundPaymentAlert: { input: financeInputs.refundPaymentAlert, result: returns<PaymentAlertView>(), permission: 'finance' },
  dismissPaymentAlert: { input: financeInputs.dismissPaymentAlert, result: returns<PaymentAlertView>(), permission: 'finance' },
  listJobFailures: { input: financeInputs.listJobFailures, result: returns<Page<JobFailureView>>(), permission: 'finance' },
});

/** Every action's result by name (from the API map). */
export type FinanceResults = ResultsOf<typeof financeApi>;
