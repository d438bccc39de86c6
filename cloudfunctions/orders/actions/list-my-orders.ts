import { ordersApi } from '../../../src/contracts/api/orders';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { Filter } from '../../shared/kernel/store/store';
import { toOrderView } from '../../shared/flows/orders/to-order-view';

export const listMyOrders = defineAction(ordersApi.actions.listMyOrders, async (ctx, input) => {
  const filter: Filter = input.status ? { buyerId: ctx.openid, status: input.status } : { buyerId: ctx.openid };
  return readPage(
    input,
    (skip, limit) => ctx.store.find(COLLECTIONS.orders, filter, { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }] }),
    toOrderView,
  );
});
