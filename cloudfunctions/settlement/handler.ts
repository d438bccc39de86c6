import { noticeBatchSettled } from '../shared/flows/notices/notice-batch-settled';
import { timerOnly } from '../shared/kernel/handler/timer-only';
import { settleDueCommissions } from '../shared/flows/settlement/settle-due-commissions';

/** 佣金结算: the timer settles due commission in batches. Clients cannot invoke it. */
export const settlementHandler = timerOnly('settlement', (ctx) => settleDueCommissions(ctx, { onSettled: (batch) => noticeBatchSettled(ctx, batch) }));
