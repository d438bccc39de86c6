import type { WithdrawalMethod } from '../domain/distribution/distribution-policy';
import { COMMISSION_FN, type ChartDays, type CommissionResults } from '../contracts/commission';
import { callAction } from './call-function';

export const getWithdrawalRules = () => callAction<CommissionResults['getWithdrawalRules']>(COMMISSION_FN, 'getWithdrawalRules', {});

export const getMyBalance = () => callAction<CommissionResults['getMyBalance']>(COMMISSION_FN, 'getMyBalance');

export const listMyEntries = (payload: { cursor?: number; limit?: number } = {}) =>
  callAction<CommissionResults['listMyEntries']>(COMMISSION_FN, 'listMyEntries', payload);

export const quoteWithdrawal = (payload: { amountFen: number; method: WithdrawalMethod }) =>
  callAction<CommissionResults['quoteWithdrawal']>(COMMISSION_FN, 'quoteWithdrawal', payload);

export const requestWithdrawal = (payload: { requestId: string; amountFen: number; method: WithdrawalMethod; account: string }) =>
  callAction<CommissionResults['requestWithdrawal']>(COMMISSION_FN, 'requestWithdrawal', payload);

export const listMyWithdrawals = (payload: { cursor?: number; limit?: number } = {}) =>
  callAction<CommissionResults['listMyWithdrawals']>(COMMISSION_FN, 'listMyWithdrawals', payload);

export const listMySkips = (payload: { cursor?: number; limit?: number } = {}) =>
  callAction<CommissionResults['listMySkips']>(COMMISSION_FN, 'listMySkips', payload);

export const getMyEarningsChart = (days: ChartDays) => callAction<CommissionResults['getMyEarningsChart']>(COMMISSION_FN, 'getMyEarningsChart', { days });
