import type { ShopSettingsView } from '../../../src/contracts/settings-admin';
import { settingsAdminInputs } from '../../../src/contracts/settings-admin-inputs';
import { requirePermission } from '../../shared/auth/require-permission';
import { defineAction } from '../../shared/handler/define-action';
import { getMerchantSettings } from '../../shared/merchant/get-merchant-settings';

export const getShopSettings = defineAction(settingsAdminInputs.getShopSettings, async (ctx): Promise<ShopSettingsView> => {
  await requirePermission(ctx, 'settings');
  const { shopName, payTimeoutMinutes, afterSaleDays } = await getMerchantSettings(ctx.store);
  return { shopName, payTimeoutMinutes, afterSaleDays };
});
