import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';
import { payRequestIdFor } from './pay-request-id-for';

/** The friends' own out_trade_nos recorded for these orders (找人代付), by order id, in one read by request id. */
export async function friendTradeNosOf(store: Store, orderIds: readonly string[]): Promise<Map<string, string[]>> {
  if (orderIds.length === 0) return new Map();
  const requests = await store.find(COLLECTIONS.payRequests, { _id: { $in: orderIds.map(payRequestIdFor) } }, { limit: orderIds.length });
  return new Map(requests.map((r) => [r.orderId, r.tradeNos ?? []]));
}
