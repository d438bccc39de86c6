import { noticeCommissionSettled } from '../shared/notices/notices';
import type { FunctionHandler } from '../shared/handler/define-action';
import { settleDueCommissions } from '../shared/settlement/settle-due-commissions';

const TIMER_SOURCES = new Set(['wx_trigger', 'scf', 'local_timer']);

/** 佣金结算: the timer settles due commission in batches. Clients cannot invoke it. */
export const settlementHandler: FunctionHandler = async (_event, ctx) => {
  if (!TIMER_SOURCES.has(ctx.source)) return { ok: false, code: 'AUTH.FORBIDDEN', message: '仅定时任务可调用' };
  return { ok: true, data: await settleDueCommissions(ctx, { onSettled: (orderId, beneficiaries) => noticeCommissionSettled(ctx, orderId, beneficiaries) }) };
};
