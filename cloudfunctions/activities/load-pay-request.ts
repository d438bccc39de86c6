import { ACTIVITY_ERRORS } from '../../src/contracts/activities';
import { DomainError } from '../../src/domain/shared/domain-error';
import type { PayRequestDoc } from '../shared/activities/activity-docs';
import type { OrderDoc } from '../shared/docs';
import { COLLECTIONS } from '../shared/store/collections';
import type { Store } from '../shared/store/store';

export async function loadPayRequest(store: Store, id: string): Promise<{ request: PayRequestDoc; order: OrderDoc }> {
  const request = await store.get<PayRequestDoc>(COLLECTIONS.payRequests, id);
  const order = request && (await store.get<OrderDoc>(COLLECTIONS.orders, request.orderId));
  if (!request || !order) throw new DomainError(ACTIVITY_ERRORS.PAY_REQUEST_NOT_FOUND, '代付请求不存在');
  return { request, order };
}
