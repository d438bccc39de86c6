import { failWith } from '../../../src/domain/shared/domain-error';
import { orderAdminApi } from '../../../src/contracts/api/order-admin';
import { ORDERS_ERRORS, type AdminOrderDetail } from '../../../src/contracts/orders';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { shippingUploadView } from '../../shared/flows/notices/upload-shipping';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { nicknamesOf } from '../../shared/flows/users/nicknames-of';
import { toAdminOrderViews } from '../to-admin-order-views';
import { toAdminAfterSaleViews } from '../../shared/flows/after-sales/to-after-sale-views';

/** At most 20 lines × 3 levels × (entry + a few corrections): one read holds them all. */
const MAX_ENTRIES_PER_ORDER = 500;

/** Any order, with every commission entry it created (commission, reversals, clawbacks) and whom each pays, and its after-sale requests. */
export const getOrderDetail = defineAction(orderAdminApi.actions.getOrderDetail, async (ctx, input): Promise<AdminOrderDetail> => {
  const order = await ctx.store.get(COLLECTIONS.orders, input.orderId);
  if (!order) throw failWith(ORDERS_ERRORS.NOT_FOUND, '订单不存在');
  const entries = await ctx.store.find(COLLECTIONS.commissionEntries, { orderId: order._id }, {
    limit: MAX_ENTRIES_PER_ORDER,
    orderBy: [{ field: 'createdAt', direction: 'asc' }, { field: '_id', direction: 'asc' }],
  });
  const names = await nicknamesOf(ctx.store, entries.map((e) => e.beneficiaryId));
  // At most 20 lines, each with a handful of requests over the window.
  const afterSales = await ctx.store.find(COLLECTIONS.afterSales, { orderId: order._id }, { limit: 100, orderBy: [{ field: 'createdAt', direction: 'desc' }] });
  const [view] = await toAdminOrderViews(ctx.store, [order]);
  if (!view) throw new Error('toAdminOrderViews lost the order');
  return {
    order: view,
    shippingUpload: await shippingUploadView(ctx.store, order._id),
    afterSales: await toAdminAfterSaleViews(ctx.store, afterSales),
    commissionEntries: entries.map((e) => ({
      id: e._id,
      kind: e.kind,
      state: e.status,
      level: e.level,
      beneficiaryId: e.beneficiaryId,
      beneficiaryName: names.get(e.beneficiaryId) ?? e.beneficiaryId,
      lineId: e.lineId,
      productTitle: e.productTitle,
      amountFen: e.amountFen,
      createdAt: e.createdAt,
    })),
  };
});
