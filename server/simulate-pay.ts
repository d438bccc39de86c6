import type { OrderDoc } from '../cloudfunctions/shared/docs';
import { COLLECTIONS } from '../cloudfunctions/shared/store/collections';
import { invokeFunction, type LocalRuntime } from './local-runtime';

/** A notify shaped like CloudBase's pay callback event, for the order's real amount. */
export function payNotifyFor(order: OrderDoc, now: Date) {
  return {
    returnCode: 'SUCCESS',
    resultCode: 'SUCCESS',
    appid: 'wx-local',
    mchId: '1800008281',
    subMchId: 'local-merchant',
    nonceStr: order._id.slice(-16),
    outTradeNo: order._id,
    transactionId: `4200${order._id}`,
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

/** The simulated WeChat Pay: runs the same `payment-callback` handler production runs, with the pay-callback source. */
export async function simulatePay(runtime: LocalRuntime, orderId: string): Promise<unknown> {
  const order = await runtime.store.get<OrderDoc>(COLLECTIONS.orders, orderId);
  if (!order) return { errcode: 404, errmsg: '订单不存在' };
  return invokeFunction(runtime, 'payment-callback', payNotifyFor(order, runtime.now()), { openid: null, source: 'wx_paycallback' });
}
