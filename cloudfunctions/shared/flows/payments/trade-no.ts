import { stableId } from '../scenes/scene-id';

/**
 * WeChat Pay's out_trade_no for an order. The buyer pays under the order id. WeChat binds a JSAPI prepay's
 * out_trade_no to the payer's openid, so a friend paying the order (找人代付) pays under their own number:
 * `<orderId>_<10 base62 of (order, payer)>` — deterministic, so the friend's retry reuses their prepay, and
 * ≤ 32 of [0-9A-Za-z_] for the 21-character order ids the shop makes. The pay notify, the reconcile job and the
 * refund notify map a number back to its order by parsing it (order ids never contain '_'): no lookup, so an
 * ordinary order's payment costs nothing extra.
 */
const FRIEND_SUFFIX = 10;
const FRIEND_TRADE_NO = /^([0-9A-Za-z-]{1,21})_[0-9A-Za-z]{10}$/;

export function friendTradeNo(orderId: string, payerId: string): string {
  const tradeNo = `${orderId}_${stableId(['friend-pay', orderId, payerId], FRIEND_SUFFIX)}`;
  // Only an order id outside the shop's own format could break WeChat's limit; refuse rather than send it.
  if (!FRIEND_TRADE_NO.test(tradeNo)) throw new Error(`order id ${orderId} cannot carry a friend's trade number`);
  return tradeNo;
}

/** The order an out_trade_no pays: the order id itself, or the order part of a friend's number. */
export function orderIdOfTradeNo(outTradeNo: string): string {
  return FRIEND_TRADE_NO.exec(outTradeNo)?.[1] ?? outTradeNo;
}

/** The out_trade_no that actually paid an order (refunds must name it); older orders were paid under their id. */
export function paidTradeNoOf(order: { _id: string; paidTradeNo?: string | null }): string {
  return order.paidTradeNo ?? order._id;
}
