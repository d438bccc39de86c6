import Taro from '@tarojs/taro';
import { prepayOrder } from './orders';
import { loadSubscribeTemplates, requestSubscriptions } from './subscriptions';

export type PayOutcome = 'paid' | 'cancelled' | 'simulated';

/**
 * Pays an order in WeChat: prepay on the server (the amount is the stored order total), then wx.requestPayment.
 * 'paid' means WeChat's cashier succeeded — the order turns PAID when the notify lands (or the reconcile job finds
 * it), so pages re-read the order rather than assume. 'simulated' (local mode): open the simulated pay page.
 */
export async function payOrder(orderId: string): Promise<PayOutcome> {
  const [prepay] = await Promise.all([prepayOrder(orderId), loadSubscribeTemplates()]);
  if (prepay.kind === 'simulated') return 'simulated';
  try {
    await Taro.requestPayment({ ...prepay.payment, signType: prepay.payment.signType as 'MD5' });
    // Right after payment WeChat allows the subscribe dialog: the shipping notice is the one buyers want.
    await requestSubscriptions(['ORDER_SHIPPED']);
    return 'paid';
  } catch (error) {
    // The payer closed the cashier: not an error, the order stays unpaid until its deadline.
    if (/cancel/i.test((error as { errMsg?: string }).errMsg ?? '')) return 'cancelled';
    throw error;
  }
}
