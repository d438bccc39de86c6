import Taro from '@tarojs/taro';

/**
 * 客服: in the mini program a button with `openType="contact"` opens WeChat's customer-service chat (the session
 * carries the order or product it was opened from); H5 has no such chat, so the shop's phone is shown and called.
 */
export const HAS_WECHAT_CONTACT = process.env.TARO_ENV === 'weapp';

/** The session context WeChat hands to the customer-service chat (≤ 1,000 characters): what the shopper asked about. */
export function contactSessionFrom(subject: { orderId?: string; productId?: string }): string {
  return JSON.stringify(subject).slice(0, 1000);
}

/** H5: the shop's phone in a dialog; 拨打 dials it. Without a phone the shopper is told so. */
export async function callShop(phone: string): Promise<void> {
  if (!phone) {
    await Taro.showModal({ title: '联系客服', content: '商家暂未设置客服电话，请在订单备注中留言', showCancel: false });
    return;
  }
  const { confirm } = await Taro.showModal({ title: '联系客服', content: `客服电话：${phone}`, confirmText: '拨打', cancelText: '关闭' });
  if (confirm) await Taro.makePhoneCall({ phoneNumber: phone.replace(/-/g, '') }).catch(() => undefined);
}
