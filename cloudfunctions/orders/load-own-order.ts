import { ORDERS_ERRORS } from '../../src/contracts/orders';
import { DomainError } from '../../src/domain/shared/domain-error';
import type { UserContext } from '../shared/context';
import type { OrderDoc } from '../shared/docs';
import { COLLECTIONS } from '../shared/store/collections';

/** Someone else's order answers exactly like a missing one, so order ids reveal nothing. */
export async function loadOwnOrder(ctx: UserContext, orderId: string): Promise<OrderDoc> {
  const order = await ctx.store.get<OrderDoc>(COLLECTIONS.orders, orderId);
  if (!order || order.buyerId !== ctx.openid) throw new DomainError(ORDERS_ERRORS.NOT_FOUND, '订单不存在');
  return order;
}
