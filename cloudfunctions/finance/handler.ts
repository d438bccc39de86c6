import { financeApi } from '../../src/contracts/api/finance';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { approveWithdrawal } from './actions/approve-withdrawal';
import { checkLedgerAction } from './actions/check-ledger';
import { dismissPaymentAlert } from './actions/dismiss-payment-alert';
import { exportCommissionEntries } from './actions/export-commission-entries';
import { exportWithdrawals } from './actions/export-withdrawals';
import { getDashboard } from './actions/get-dashboard';
import { listJobFailures } from './actions/list-job-failures';
import { listPaymentAlerts } from './actions/list-payment-alerts';
import { listWithdrawals } from './actions/list-withdrawals';
import { refundPaymentAlert } from './actions/refund-payment-alert';
import { rejectWithdrawal } from './actions/reject-withdrawal';
import { retryWithdrawal } from './actions/retry-withdrawal';

/** 财务: the business dashboard; staff review withdrawals and pay them out; CSV exports of commission entries and withdrawals; the ledger check; 支付异常 (money the shop cannot keep) refunded or dismissed; 后台任务异常 (what the timers failed on). Every action needs the 'finance' permission. */
export const financeHandler = createHandler(financeApi, { getDashboard, listWithdrawals, approveWithdrawal, rejectWithdrawal, retryWithdrawal, exportCommissionEntries, exportWithdrawals, checkLedger: checkLedgerAction, listPaymentAlerts, refundPaymentAlert, dismissPaymentAlert, listJobFailures });
