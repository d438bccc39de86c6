import { defineApi, returns, type ResultsOf } from './define-api';
import { commissionInputs } from '../commission-inputs';
import type { WithdrawalRulesView } from '../commission';
import { COMMISSION_FN, type Balance, type CommissionEntryView, type CommissionSkipView, type EarningsChart, type WithdrawalQuote, type WithdrawalView } from '../commission';
import type { Page } from '../paging';

/** The commission function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const commissionApi = defineApi(COMMISSION_FN, {
  getMyBalance: { input: commissionInputs.getMyBalance, result: returns<Balance>(), permission: 'user' },
  listMyEntries: { input: commissionInputs.listMyEntries, result: returns<Page<CommissionEntryView>>(), permission: 'user' },
  quoteWithdrawal: { input: commissionInputs.quoteWithdrawal, result: returns<WithdrawalQuote>(), permission: 'user' },
  requestWithdrawal: { input: commissionInputs.requestWithdrawal, result: returns<WithdrawalView>(), permission: 'user' },
  listMyWithdrawals: { input: commissionInputs.listMyWithdrawals, result: returns<Page<WithdrawalView>>(), permission: 'user' },
  listMySkips: { input: commissionInputs.listMySkips, result: returns<Page<CommissionSkipView>>(), permission: 'user' },
  getMyEarningsChart: { input: commissionInputs.getMyEarningsChart, result: returns<EarningsChart>(), permission: 'user' },
  getWithdrawalRules: { input: commissionInputs.getWithdrawalRules, result: returns<WithdrawalRulesView>(), permission: 'user' },
});

/** Every action's result by name (from the API map). */
export type CommissionResults = ResultsOf<typeof commissionApi>;
