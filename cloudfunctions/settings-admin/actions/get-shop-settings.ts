import type { ShopSettingsView } from '../../../src/contracts/settings-admin';
import { settingsAdminInputs } from '../../../src/contracts/settings-admin-inputs';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getMerchantSettings, toShopSettingsView } from '../../shared/flows/merchant/get-merchant-settings';

export const getShopSettings = defineAction(settingsAdminInputs.getShopSettings, async (ctx): Promise<ShopSettingsView> => {
  await requirePermission(ctx, 'settings');
  return toShopSettingsView(await getMerchantSettings(ctx.store));
});
