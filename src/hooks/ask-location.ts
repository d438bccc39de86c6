import Taro from '@tarojs/taro';
import type { GeoPoint } from '@/contracts/stores';

/**
 * The shopper's location, only with their consent: our own explanation first, then the platform's prompt (on WeChat
 * also the privacy popup for the 位置信息 declaration). Any refusal or failure means "no location": stores are then
 * listed without distances. Never stored, only sent with the one nearby-stores request.
 */
export async function askLocation(): Promise<GeoPoint | null> {
  const { confirm } = await Taro.showModal({ title: '查找附近门店', content: '允许使用你的位置，按距离为你排序门店？位置仅用于本次排序，不会保存。', confirmText: '允许', cancelText: '不用了' });
  if (!confirm) return null;
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' });
    return { latitude, longitude };
  } catch {
    return null;
  }
}
