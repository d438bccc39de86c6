import type { OrderView } from '../../src/contracts/orders';
import type { OrderDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import { friendTradeNo } from '../../cloudfunctions/shared/flows/payments/trade-no';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { createNewUser } from '../../server/seed/personas';
import { payNotifyFor } from '../../server/simulate-pay';
import { buyAndPay } from './money-flow';
import type { TestRuntime } from './test-runtime';

/**
 * Paid twice (找人代付): the buyer pays under the order id, then a friend's payment under the friend's own number
 * arrives for the already-paid order. The second payment becomes an UNPAYABLE_ORDER alert to refund.
 */
export async function doublePaidOrder(rt: TestRuntime, buyer = 'dev_customer'): Promise<{ order: OrderView; friendNo: string; alertId: string }> {
  const order = await buyAndPay(rt, buyer, [{ skuId: 'p11-s1', quantity: 1 }]);
  const friendNo = friendTradeNo(order.id, await createNewUser(rt));
  const doc = (await rt.store.get(COLLECTIONS.orders, order.id)) as OrderDoc;
  const reply = (await invokeFunction(rt, 'payment-callback', payNotifyFor(doc, rt.now(), friendNo), { openid: null, source: 'wx_paycallback' })) as { errmsg: string };
  if (reply.errmsg !== 'NEEDS_REFUND') throw new Error(`second payment was ${reply.errmsg}`);
  return { order, friendNo, alertId: `UNPAYABLE_ORDER:4200${friendNo}` };
}
