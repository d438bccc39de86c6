import { COLLECTIONS } from '../store/collections';
import type { MerchantSettingsDoc } from '../docs';
import type { DocOps } from '../store/store';

export const DEFAULT_MERCHANT_SETTINGS: MerchantSettingsDoc = {
  _id: 'settings',
  shopName: '微分销商城',
  payTimeoutMinutes: 30,
  afterSaleDays: 7,
};

/** The merchant's current settings; defaults until staff save their own. */
export async function getMerchantSettings(store: DocOps): Promise<MerchantSettingsDoc> {
  return (await store.get<MerchantSettingsDoc>(COLLECTIONS.merchant, 'settings')) ?? DEFAULT_MERCHANT_SETTINGS;
}
