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

const PICKED_KEY = 'wfx.picked-address';

/** The address book in choose mode hands the chosen address to the checkout it returns to. */
export function pickAddress(address: AddressInput): void {
  Taro.setStorageSync(PICKED_KEY, address);
}

/** The address chosen in the book since the last call, once; null when none was. */
export function takePickedAddress(): AddressInput | null {
  const picked: unknown = Taro.getStorageSync(PICKED_KEY);
  if (!picked || typeof picked !== 'object') return null;
  Taro.removeStorageSync(PICKED_KEY);
  return { ...EMPTY_ADDRESS, ...(picked as Partial<AddressInput>) };
}
