import { ordersApi } from '../../../src/contracts/api/orders';
import { toAfterSaleViews } from '../../shared/flows/after-sales/to-after-sale-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { Filter } from '../../shared/kernel/store/store';

/** The shopper's after-sale requests (of one order, or all), newest first. */
export const listMyAfterSales = defineAction(ordersApi.actions.listMyAfterSales, async (ctx, input) => {
  const filter: Filter = input.orderId ? { buyerId: ctx.openid, orderId: input.orderId } : { buyerId: ctx.openid };
  const page = await readPage(input, (skip, limit) => ctx.store.find(COLLECTIONS.afterSales, filter, { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }] }), (d) => d);
  return { items: await toAfterSaleViews(ctx.store, page.items), nextCursor: page.nextCursor };
});
