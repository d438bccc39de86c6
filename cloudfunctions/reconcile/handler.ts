import { timerOnly } from '../shared/kernel/handler/timer-only';
import { reconcileUnpaidOrders } from '../shared/flows/payments/reconcile-unpaid-orders';

/** 支付对账: the timer asks WeChat Pay about old unpaid orders and cancels expired ones. Clients cannot invoke it. */
export const reconcileHandler = timerOnly('reconcile', reconcileUnpaidOrders);
