import { orderAdminApi } from '../../../src/contracts/api/order-admin';
import { assertAfterSaleTransition } from '../../../src/domain/after-sale/after-sale-lifecycle';
import { moveAfterSale } from '../../shared/flows/after-sales/move-after-sale';
import { refundAfterSale } from '../../shared/flows/after-sales/refund-after-sale';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { adminViewOf, loadAfterSale } from '../load-after-sale';
import { noticeAfterSaleRefunded } from '../notice-after-sale-refunded';

/**
 * Staff agree. 仅退款: approved and refunded in one step (REQUESTED → APPROVED → REFUNDED in the refund's transaction;
 * a full one before shipment closes the order). 退货退款: APPROVED, and the shopper is shown the return address to send
 * the goods back. Repeating it changes nothing.
 */
export const approveAfterSale = defineAction(orderAdminApi.actions.approveAfterSale, async (ctx, input) => {
  const doc = await loadAfterSale(ctx, input.afterSaleId);
  if (doc.status === 'REFUNDED' || (doc.kind === 'RETURN_REFUND' && doc.status === 'APPROVED')) return adminViewOf(ctx, doc._id);
  if (doc.kind === 'REFUND_ONLY') {
    if (doc.status !== 'APPROVED') assertAfterSaleTransition(doc.status, 'APPROVED');
    const { refundId, order } = await refundAfterSale(ctx, doc);
    if (order) await noticeAfterSaleRefunded(ctx, order, refundId);
    return adminViewOf(ctx, doc._id);
  }
  await ctx.store.runTransaction(async (tx) => {
    const fresh = (await tx.get(COLLECTIONS.afterSales, doc._id)) ?? doc;
    const next = await moveAfterSale(tx, fresh, ['APPROVED'], { actor: 'STAFF', actorId: ctx.openid, at: ctx.now.toISOString(), note: '' });
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'approveAfterSale', target: `${doc.orderId}/${doc.lineId}`, before: { status: fresh.status }, after: { status: next.status, afterSaleId: doc._id } });
  });
  return adminViewOf(ctx, doc._id);
});
