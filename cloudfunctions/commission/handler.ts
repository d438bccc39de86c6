import { createHandler } from '../shared/handler/create-handler';
import { getMyBalance } from './actions/get-my-balance';
import { listMyEntries } from './actions/list-my-entries';
import { listMyWithdrawals } from './actions/list-my-withdrawals';
import { quoteWithdrawal } from './actions/quote-withdrawal';
import { requestWithdrawal } from './actions/request-withdrawal';

/** 佣金: my balance by state, my ledger entries, and my withdrawals (preview, request, history). */
export const commissionHandler = createHandler('commission', { getMyBalance, listMyEntries, quoteWithdrawal, requestWithdrawal, listMyWithdrawals });
