import { COMMISSION_FN, type ChartDays } from '../contracts/commission';
import { apiClient } from './call-function';
import type { commissionApi } from '../contracts/api/commission';

const commissionClient = apiClient<typeof commissionApi>(COMMISSION_FN);

export const getWithdrawalRules = () => commissionClient.getWithdrawalRules();


export const getMyBalance = () => commissionClient.getMyBalance();

export const listMyEntries = commissionClient.listMyEntries;

export const quoteWithdrawal = commissionClient.quoteWithdrawal;

export const requestWithdrawal = commissionClient.requestWithdrawal;

export const listMyWithdrawals = commissionClient.listMyWithdrawals;

export const listMySkips = commissionClient.listMySkips;

export const getMyEarningsChart = (days: ChartDays) => commissionClient.getMyEarningsChart({ days });
