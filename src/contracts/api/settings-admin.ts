import { defineApi, returns, type ResultsOf } from './define-api';
import { officialAccountInputs } from '../official-account';
import { settingsAdminInputs } from '../settings-admin-inputs';
import type { OfficialAccountView } from '../official-account';
import { SETTINGS_ADMIN_FN, type ShopSettingsView } from '../settings-admin';

/** The settings-admin function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const settingsAdminApi = defineApi(SETTINGS_ADMIN_FN, {
  getShopSettings: { input: settingsAdminInputs.getShopSettings, result: returns<ShopSettingsView>(), permission: 'settings' },
  updateShopSettings: { input: settingsAdminInputs.updateShopSettings, result: returns<ShopSettingsView>(), permission: 'settings' },
  getOfficialAccount: { input: officialAccountInputs.getOfficialAccount, result: returns<OfficialAccountView>(), permission: 'settings' },
  setOfficialAccount: { input: officialAccountInputs.setOfficialAccount, result: returns<OfficialAccountView>(), permission: 'settings' },
  uploadShopLogo: { input: settingsAdminInputs.uploadShopLogo, result: returns<{ url: string }>(), permission: 'settings' },
});

/** Every action's result by name (from the API map). */
export type SettingsAdminResults = ResultsOf<typeof settingsAdminApi>;
