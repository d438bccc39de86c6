import type { ShopSettingsView } from '../../../../src/contracts/settings-admin';
import { AUTO_RECEIVE_DAYS } from '../../../../src/domain/order/auto-receipt';
import { DEFAULT_HOLD_LIMITS } from '../../../../src/domain/order/hold-limits';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { MerchantSettingsDoc } from '../../kernel/docs/docs';
import type { DocOps } from '../../kernel/store/store';

export const DEFAULT_MERCHANT_SETTINGS: MerchantSettingsDoc = {
  _id: 'settings',
  shopName: '微分销商城',
  payTimeoutMinutes: 30,
  afterSaleDays: 7,
};

/** The merchant's current settings; defaults until staff save their own. */
export async function getMerchantSettings(store: Pick<DocOps, 'get'>): Promise<MerchantSettingsDoc> {
  return (await store.get(COLLECTIONS.merchant, 'settings')) ?? DEFAULT_MERCHANT_SETTINGS;
}

/** What staff see and edit, the hold limits and automatic receipt filled with their defaults when never saved. */
export function toShopSettingsView(s: MerchantSettingsDoc): ShopSettingsView {
  return {
    shopName: s.shopName,
    payTimeoutMinutes: s.payTimeoutMinutes,
    afterSaleDays: s.afterSaleDays,
    autoReceiveDays: autoReceiveDaysOf(s),
    returnAddress: s.returnAddress ?? '',
    maxUnpaidOrders: s.maxUnpaidOrders ?? DEFAULT_HOLD_LIMITS.maxUnpaidOrders,
    maxHeldUnitsPerSku: s.maxHeldUnitsPerSku ?? DEFAULT_HOLD_LIMITS.maxHeldUnitsPerSku,
    logoUrl: s.logoUrl ?? '',
    servicePhone: s.servicePhone ?? '',
  };
}

/** Days after shipment of the automatic receipt in force. */
export const autoReceiveDaysOf = (s: MerchantSettingsDoc) => s.autoReceiveDays ?? AUTO_RECEIVE_DAYS.default;

/** The hold limits in force (src/domain/order/hold-limits.ts). */
export const holdLimitsOf = (s: MerchantSettingsDoc) => {
  const { maxUnpaidOrders, maxHeldUnitsPerSku } = toShopSettingsView(s);
  return { maxUnpaidOrders, maxHeldUnitsPerSku };
};
