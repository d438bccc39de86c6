import type { FunctionHandler } from '../shared/handler/define-action';
import { reconcileUnpaidOrders } from '../shared/payments/reconcile-unpaid-orders';

const TIMER_SOURCES = new Set(['wx_trigger', 'scf', 'local_timer']);

/** 支付对账: the timer asks WeChat Pay about old unpaid orders and cancels expired ones. Clients cannot invoke it. */
export const reconcileHandler: FunctionHandler = async (_event, ctx) => {
  if (!TIMER_SOURCES.has(ctx.source)) return { ok: false, code: 'AUTH.FORBIDDEN', message: '仅定时任务可调用' };
  return { ok: true, data: await reconcileUnpaidOrders(ctx) };
};
