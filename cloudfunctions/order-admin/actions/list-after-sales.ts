import { orderAdminApi } from '../../../src/contracts/api/order-admin';
import { OPEN_AFTER_SALE_STATUSES } from '../../../src/domain/after-sale/after-sale-status';
import { toAdminAfterSaleViews } from '../../shared/flows/after-sales/to-after-sale-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { Filter } from '../../shared/kernel/store/store';

/** 售后: every shopper's requests — the open ones oldest first (the queue to work), or one state / all newest first. */
export const listAfterSales = defineAction(orderAdminApi.actions.listAfterSales, async (ctx, input) => {
  const open = input.status === 'OPEN';
  const filter: Filter = open ? { status: { $in: OPEN_AFTER_SALE_STATUSES } } : input.status ? { status: input.status } : {};
  const page = await readPage(
    input,
    (skip, limit) => ctx.store.find(COLLECTIONS.afterSales, filter, { skip, limit, orderBy: [{ field: 'createdAt', direction: open ? 'asc' : 'desc' }] }),
    (d) => d,
  );
  return { items: await toAdminAfterSaleViews(ctx.store, page.items), nextCursor: page.nextCursor };
});
