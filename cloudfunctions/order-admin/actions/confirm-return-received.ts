import { orderAdminApi } from '../../../src/contracts/api/order-admin';
import { assertAfterSaleTransition } from '../../../src/domain/after-sale/after-sale-lifecycle';
import { refundAfterSale } from '../../shared/flows/after-sales/refund-after-sale';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { adminViewOf, loadAfterSale } from '../load-after-sale';
import { noticeAfterSaleRefunded } from '../notice-after-sale-refunded';

/**
 * The returned goods arrived: RETURNING → RETURNED → REFUNDED in the refund's transaction (ledger, commission reversal
 * or clawback, WeChat refund). Repeating it changes nothing.
 */
export const confirmReturnReceived = defineAction(orderAdminApi.actions.confirmReturnReceived, async (ctx, input) => {
  const doc = await loadAfterSale(ctx, input.afterSaleId);
  if (doc.status === 'REFUNDED') return adminViewOf(ctx, doc._id);
  if (doc.status !== 'RETURNED') assertAfterSaleTransition(doc.status, 'RETURNED');
  const { refundId, order } = await refundAfterSale(ctx, doc);
  if (order) await noticeAfterSaleRefunded(ctx, order, refundId);
  return adminViewOf(ctx, doc._id);
});
