import Taro from '@tarojs/taro';
import { payForFriend } from './activities';
import { ActionError } from './call-function';
import { simulatePay } from './local-identity';
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

/** 找人代付 in WeChat: the friend pays the buyer's order at WeChat's cashier under their own trade number. */
async function payFriendInWechat(payRequestId: string): Promise<'paid' | 'cancelled'> {
  const prepay = await payForFriend(payRequestId);
  if (prepay.kind !== 'wechat') throw new ActionError('PAY.FAILED', '支付暂不可用，请稍后再试');
  try {
    await Taro.requestPayment({ ...prepay.payment, signType: prepay.payment.signType as 'MD5' });
    return 'paid';
  } catch (error) {
    if (/cancel/i.test((error as { errMsg?: string }).errMsg ?? '')) return 'cancelled';
    throw error;
  }
}

/**
 * The local shop answers "simulated": the simulated notify for the friend's own number goes out at once (the order is
 * the buyer's, so the buyer's pay page is not the friend's to open).
 */
async function payFriendLocally(payRequestId: string, orderId: string): Promise<'paid' | 'cancelled'> {
  const prepay = await payForFriend(payRequestId);
  const res = await simulatePay(prepay.kind === 'simulated' ? (prepay.outTradeNo ?? orderId) : orderId);
  if (res.errcode !== 0) throw new ActionError('PAY.FAILED', res.errmsg || '支付失败');
  return 'paid';
}

/** 找人代付: 'paid', or 'cancelled' when the payer closed the cashier. Chosen at build time, like the transport. */
export const payFriendOrder: (payRequestId: string, orderId: string) => Promise<'paid' | 'cancelled'> =
  process.env.TARO_ENV === 'weapp' ? payFriendInWechat : payFriendLocally;
