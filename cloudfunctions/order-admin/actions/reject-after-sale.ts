import { orderAdminApi } from '../../../src/contracts/api/order-admin';
import { clearOpenAfterSale } from '../../shared/flows/after-sales/clear-open-after-sale';
import { moveAfterSale } from '../../shared/flows/after-sales/move-after-sale';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { noticeRefundResult } from '../../shared/flows/notices/notices';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { adminViewOf, loadAfterSale } from '../load-after-sale';

/**
 * Staff decline an open request with a reason the shopper reads (REJECTED); the line is free again, so the order's
 * commission may settle and the shopper may ask again while the window is open. The shopper is told.
 */
export const rejectAfterSale = defineAction(orderAdminApi.actions.rejectAfterSale, async (ctx, input) => {
  const doc = await loadAfterSale(ctx, input.afterSaleId);
  const rejected = await ctx.store.runTransaction(async (tx) => {
    const fresh = (await tx.get(COLLECTIONS.afterSales, doc._id)) ?? doc;
    const next = await moveAfterSale(tx, fresh, ['REJECTED'], { actor: 'STAFF', actorId: ctx.openid, at: ctx.now.toISOString(), note: input.reason }, { rejectReason: input.reason });
    await clearOpenAfterSale(tx, fresh);
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'rejectAfterSale', target: `${doc.orderId}/${doc.lineId}`, before: { status: fresh.status }, after: { status: next.status, afterSaleId: doc._id, reason: input.reason } });
    return next;
  });
  const order = await ctx.store.get(COLLECTIONS.orders, rejected.orderId);
  if (order) await noticeRefundResult(ctx, { order, subject: `${rejected._id}-REJECTED`, status: '未通过', fen: rejected.fen, note: input.reason });
  return adminViewOf(ctx, doc._id);
});
