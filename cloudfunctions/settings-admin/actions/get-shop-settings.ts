import { settingsAdminApi } from '../../../src/contracts/api/settings-admin';
import type { ShopSettingsView } from '../../../src/contracts/settings-admin';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getMerchantSettings, toShopSettingsView } from '../../shared/flows/merchant/get-merchant-settings';

export const getShopSettings = defineAction(settingsAdminApi.actions.getShopSettings, async (ctx): Promise<ShopSettingsView> => {
  return toShopSettingsView(await getMerchantSettings(ctx.store));
});
