import type { OrderDoc } from '../cloudfunctions/shared/docs';
import { COLLECTIONS } from '../cloudfunctions/shared/store/collections';
import { invokeFunction, type LocalRuntime } from './local-runtime';

/**
 * The simulated WeChat Pay: builds a notify shaped like CloudBase's pay callback event for the order's real
 * amount and runs the same `payment-callback` handler production runs, with the pay-callback source.
 */
export async function simulatePay(runtime: LocalRuntime, orderId: string): Promise<unknown> {
  const order = await runtime.store.get<OrderDoc>(COLLECTIONS.orders, orderId);
  if (!order) return { errcode: 404, errmsg: '订单不存在' };
  const now = runtime.now();
  const notify = {
    returnCode: 'SUCCESS',
    resultCode: 'SUCCESS',
    appid: 'wx-local',
    mchId: '1800008281',
    subMchId: 'local-merchant',
    nonceStr: orderId.slice(-16),
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
  return invokeFunction(runtime, 'payment-callback', notify, { openid: null, source: 'wx_paycallback' });
}
