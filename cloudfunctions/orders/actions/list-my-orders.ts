import { ordersInputs } from '../../../src/contracts/orders-inputs';
import { defineAction } from '../../shared/handler/define-action';
import { readPage } from '../../shared/paging/to-page';
import { COLLECTIONS } from '../../shared/store/collections';
import type { Filter } from '../../shared/store/store';
import type { OrderDoc } from '../../shared/docs';
import { toOrderView } from '../../shared/orders/to-order-view';

export const listMyOrders = defineAction(ordersInputs.listMyOrders, async (ctx, input) => {
  const filter: Filter = input.status ? { buyerId: ctx.openid, status: input.status } : { buyerId: ctx.openid };
  return readPage(
    input,
    (skip, limit) => ctx.store.find<OrderDoc>(COLLECTIONS.orders, filter, { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }] }),
    toOrderView,
  );
});
