import { orderAdminApi } from '../../../src/contracts/api/order-admin';
import type { AdminOrderView } from '../../../src/contracts/orders';
import type { Page } from '../../../src/contracts/paging';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { orderListFilter } from '../order-list-filter';
import { toAdminOrderViews } from '../to-admin-order-views';

/** Every buyer's orders, newest first, optionally one status (e.g. PAID: the queue to ship), Beijing days and a distributor (see orderListFilter). */
export const listOrders = defineAction(orderAdminApi.actions.listOrders, async (ctx, input): Promise<Page<AdminOrderView>> => {
  const page = await readPage(
    input,
    (skip, limit) =>
      ctx.store.find(COLLECTIONS.orders, orderListFilter(input), {
        skip,
        limit,
        orderBy: [{ field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'asc' }],
      }),
    (o) => o,
  );
  return { items: await toAdminOrderViews(ctx.store, page.items), nextCursor: page.nextCursor };
});
