import type { OrderDoc } from '../cloudfunctions/shared/kernel/docs/docs';
import { orderIdOfTradeNo } from '../cloudfunctions/shared/flows/payments/trade-no';
import { COLLECTIONS } from '../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction, type LocalRuntime } from './local-runtime';

/** A notify shaped like CloudBase's pay callback event, for the order's real amount (under a friend's number if given). */
export function payNotifyFor(order: OrderDoc, now: Date, outTradeNo = order._id) {
  return {
    returnCode: 'SUCCESS',
    resultCode: 'SUCCESS',
    appid: 'wx-local',
    mchId: '1800008281',
    subMchId: 'local-merchant',
    nonceStr: outTradeNo.slice(-16),
    outTradeNo,
    transactionId: `4200${outTradeNo}`,
    totalFee: order.totalFen,
    cashFee: order.totalFen,
    feeType: 'CNY',
    tradeType: 'JSAPI',
    bankType: 'OTHERS',
    isSubscribe: 'N',
    subOpenid: order.buyerId,
    timeEnd: now.toISOString().replace(/[-:T]/g, '').slice(0, 14),
  };
}

/**
 * The simulated WeChat Pay: runs the same `payment-callback` handler production runs, with the pay-callback source.
 * `outTradeNo` is the order id, or a friend's own number for it (找人代付: payForFriend returns it).
 */
export async function simulatePay(runtime: LocalRuntime, outTradeNo: string): Promise<unknown> {
  const order = await runtime.store.get(COLLECTIONS.orders, orderIdOfTradeNo(outTradeNo));
  if (!order) return { errcode: 404, errmsg: '订单不存在' };
  return invokeFunction(runtime, 'payment-callback', payNotifyFor(order, runtime.now(), outTradeNo), { openid: null, source: 'wx_paycallback' });
}
