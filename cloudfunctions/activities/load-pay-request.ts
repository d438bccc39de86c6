import { ACTIVITY_ERRORS } from '../../src/contracts/activities';
import { failWith } from '../../src/domain/shared/domain-error';
import type { PayRequestDoc } from '../shared/kernel/docs/activity-docs';
import { parseSharedPayRequestId, shareKeyMatches } from '../shared/flows/activities/pay-request-id-for';
import type { OrderDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { Store } from '../shared/kernel/store/store';

/** Opens a pay request by its shared id (document id + share key); a wrong or missing key is not found. */
export async function loadPayRequest(store: Store, sharedId: string): Promise<{ request: PayRequestDoc; order: OrderDoc }> {
  const parsed = parseSharedPayRequestId(sharedId);
  const request = parsed && (await store.get(COLLECTIONS.payRequests, parsed.docId));
  const order = parsed && request && shareKeyMatches(request, parsed.shareKey) && (await store.get(COLLECTIONS.orders, request.orderId));
  if (!request || !order) throw failWith(ACTIVITY_ERRORS.PAY_REQUEST_NOT_FOUND);
  return { request, order };
}
