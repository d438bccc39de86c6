import Taro from '@tarojs/taro';
import type { AddressInput } from '@/contracts/orders';

const ADDRESS_KEY = 'wfx.last-address';

export const EMPTY_ADDRESS: AddressInput = { name: '', phone: '', region: '', detail: '' };

/** The address of the last order placed on this device, to prefill the next checkout. */
export function readLastAddress(): AddressInput {
  const saved: unknown = Taro.getStorageSync(ADDRESS_KEY);
  if (saved && typeof saved === 'object') return { ...EMPTY_ADDRESS, ...(saved as Partial<AddressInput>) };
  return EMPTY_ADDRESS;
}

export function saveLastAddress(address: AddressInput): void {
  Taro.setStorageSync(ADDRESS_KEY, address);
}
