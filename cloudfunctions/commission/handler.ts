import { commissionApi } from '../../src/contracts/api/commission';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { getMyBalance } from './actions/get-my-balance';
import { getMyEarningsChart } from './actions/get-my-earnings-chart';
import { getWithdrawalRules } from './actions/get-withdrawal-rules';
import { listMyEntries } from './actions/list-my-entries';
import { listMySkips } from './actions/list-my-skips';
import { listMyWithdrawals } from './actions/list-my-withdrawals';
import { quoteWithdrawal } from './actions/quote-withdrawal';
import { requestWithdrawal } from './actions/request-withdrawal';

/**
 * 佣金: my balance by state, my ledger entries (with expected settle dates), why levels earned nothing, a 7/30-day
 * chart, and my withdrawals (preview, request, history).
 */
export const commissionHandler = createHandler(commissionApi, {
  getMyBalance,
  listMyEntries,
  listMySkips,
  getMyEarningsChart,
  quoteWithdrawal,
  requestWithdrawal,
  listMyWithdrawals,
  getWithdrawalRules,
});
