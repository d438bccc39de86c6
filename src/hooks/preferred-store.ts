import Taro from '@tarojs/taro';

const KEY = 'wfx.preferred-store';

/** The store whose counter code the shopper scanned last: checkout preselects it for pickup (自提). */
export function readPreferredStore(): string | null {
  const saved: unknown = Taro.getStorageSync(KEY);
  return typeof saved === 'string' && saved ? saved : null;
}

export function savePreferredStore(storeId: string): void {
  Taro.setStorageSync(KEY, storeId);
}
