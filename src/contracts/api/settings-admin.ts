import { defineApi, returns } from './define-api';
import { settingsAdminInputs } from '../settings-admin-inputs';
import { SETTINGS_ADMIN_FN, type ShopSettingsView } from '../settings-admin';

/** The settings-admin function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const settingsAdminApi = defineApi(SETTINGS_ADMIN_FN, {
  getShopSettings: { input: settingsAdminInputs.getShopSettings, result: returns<ShopSettingsView>(), permission: 'settings' },
  updateShopSettings: { input: settingsAdminInputs.updateShopSettings, result: returns<ShopSettingsView>(), permission: 'settings' },
});
