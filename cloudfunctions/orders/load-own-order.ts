import { failWith } from '../../src/domain/shared/domain-error';
import { ORDERS_ERRORS } from '../../src/contracts/orders';
import type { UserContext } from '../shared/kernel/context';
import type { OrderDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';

/** Someone else's order answers exactly like a missing one, so order ids reveal nothing. */
export async function loadOwnOrder(ctx: UserContext, orderId: string): Promise<OrderDoc> {
  const order = await ctx.store.get(COLLECTIONS.orders, orderId);
  if (!order || order.buyerId !== ctx.openid) throw failWith(ORDERS_ERRORS.NOT_FOUND, '订单不存在');
  return order;
}
