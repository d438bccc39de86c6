import { FINANCE_FN } from '../contracts/finance';
import { apiClient } from './call-function';
import type { financeApi } from '../contracts/api/finance';

const financeClient = apiClient<typeof financeApi>(FINANCE_FN);

export const getDashboard = () => financeClient.getDashboard();

export const listWithdrawals = financeClient.listWithdrawals;

export const approveWithdrawal = (withdrawalId: string) => financeClient.approveWithdrawal({ withdrawalId });

export const rejectWithdrawal = (withdrawalId: string, reason: string) =>
  financeClient.rejectWithdrawal({ withdrawalId, reason });

export const retryWithdrawal = (withdrawalId: string) => financeClient.retryWithdrawal({ withdrawalId });

export const exportCommissionEntries = financeClient.exportCommissionEntries;

export const exportWithdrawals = financeClient.exportWithdrawals;

export const checkLedger = () => financeClient.checkLedger();

export const listPaymentAlerts = financeClient.listPaymentAlerts;

export const refundPaymentAlert = (alertId: string) => financeClient.refundPaymentAlert({ alertId });

export const listJobFailures = financeClient.listJobFailures;

export const dismissPaymentAlert = (alertId: string, note: string) => financeClient.dismissPaymentAlert({ alertId, note });
