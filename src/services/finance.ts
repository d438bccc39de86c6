import type { WithdrawalStatus } from '../domain/withdrawal/withdrawal-lifecycle';
import { FINANCE_FN, type DayRangeInput, type FinanceResults, type ListPaymentAlertsInput } from '../contracts/finance';
import { callAction } from './call-function';

export const getDashboard = () => callAction<FinanceResults['getDashboard']>(FINANCE_FN, 'getDashboard');

export const listWithdrawals = (payload: { status?: WithdrawalStatus; cursor?: number; limit?: number } = {}) =>
  callAction<FinanceResults['listWithdrawals']>(FINANCE_FN, 'listWithdrawals', payload);

export const approveWithdrawal = (withdrawalId: string) => callAction<FinanceResults['approveWithdrawal']>(FINANCE_FN, 'approveWithdrawal', { withdrawalId });

export const rejectWithdrawal = (withdrawalId: string, reason: string) =>
  callAction<FinanceResults['rejectWithdrawal']>(FINANCE_FN, 'rejectWithdrawal', { withdrawalId, reason });

export const retryWithdrawal = (withdrawalId: string) => callAction<FinanceResults['retryWithdrawal']>(FINANCE_FN, 'retryWithdrawal', { withdrawalId });

export const exportCommissionEntries = (range: DayRangeInput) => callAction<FinanceResults['exportCommissionEntries']>(FINANCE_FN, 'exportCommissionEntries', range);

export const exportWithdrawals = (range: DayRangeInput) => callAction<FinanceResults['exportWithdrawals']>(FINANCE_FN, 'exportWithdrawals', range);

export const checkLedger = () => callAction<FinanceResults['checkLedger']>(FINANCE_FN, 'checkLedger', {});

export const listPaymentAlerts = (payload: ListPaymentAlertsInput = {}) => callAction<FinanceResults['listPaymentAlerts']>(FINANCE_FN, 'listPaymentAlerts', payload);

export const refundPaymentAlert = (alertId: string) => callAction<FinanceResults['refundPaymentAlert']>(FINANCE_FN, 'refundPaymentAlert', { alertId });

export const listJobFailures = (payload: { cursor?: number; limit?: number } = {}) => callAction<FinanceResults['listJobFailures']>(FINANCE_FN, 'listJobFailures', payload);

export const dismissPaymentAlert = (alertId: string, note: string) => callAction<FinanceResults['dismissPaymentAlert']>(FINANCE_FN, 'dismissPaymentAlert', { alertId, note });
