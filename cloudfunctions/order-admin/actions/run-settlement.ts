import { noticeBatchSettled } from '../../shared/flows/notices/notice-batch-settled';
import { orderAdminApi } from '../../../src/contracts/api/order-admin';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { settleDueCommissions } from '../../shared/flows/settlement/settle-due-commissions';

/**
 * Runs the settlement job now (it also runs on its timer). Audited with what it settled: staff moving money out of
 * the freeze earlier than the timer would is a decision someone made.
 */
export const runSettlement = defineAction(orderAdminApi.actions.runSettlement, async (ctx) => {
  const run = await settleDueCommissions(ctx, { onSettled: (batch) => noticeBatchSettled(ctx, batch) });
  await writeAudit(ctx.store, ctx, { actorId: ctx.openid, action: 'runSettlement', target: 'settlement', before: null, after: run });
  return run;
});
