import { noticeCommissionSettled } from '../../shared/notices/notices';
import { orderAdminInputs } from '../../../src/contracts/orders-inputs';
import { requirePermission } from '../../shared/auth/require-permission';
import { defineAction } from '../../shared/handler/define-action';
import { settleDueCommissions } from '../../shared/settlement/settle-due-commissions';

/** Runs the settlement job now (it also runs on its timer). */
export const runSettlement = defineAction(orderAdminInputs.runSettlement, async (ctx) => {
  await requirePermission(ctx, 'finance');
  return settleDueCommissions(ctx, { onSettled: (orderId, beneficiaries) => noticeCommissionSettled(ctx, orderId, beneficiaries) });
});
