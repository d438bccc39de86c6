import { SETTINGS_ADMIN_FN } from '../contracts/settings-admin';
import { apiClient } from './call-function';
import type { settingsAdminApi } from '../contracts/api/settings-admin';

const settingsAdminClient = apiClient<typeof settingsAdminApi>(SETTINGS_ADMIN_FN);

export const getShopSettings = () => settingsAdminClient.getShopSettings();

export const updateShopSettings = settingsAdminClient.updateShopSettings;

/** 关注公众号 on scan-opened pages (staff). */
export const getOfficialAccount = () => settingsAdminClient.getOfficialAccount();
export const setOfficialAccount = settingsAdminClient.setOfficialAccount;
export const uploadShopLogo = settingsAdminClient.uploadShopLogo;
