import { createHandler } from '../shared/handler/create-handler';
import { approveWithdrawal } from './actions/approve-withdrawal';
import { listWithdrawals } from './actions/list-withdrawals';
import { rejectWithdrawal } from './actions/reject-withdrawal';
import { retryWithdrawal } from './actions/retry-withdrawal';

/** 财务: staff review withdrawals and pay them out. Every action needs the 'finance' permission. */
export const financeHandler = createHandler('finance', { listWithdrawals, approveWithdrawal, rejectWithdrawal, retryWithdrawal });
