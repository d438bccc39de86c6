import { SETTINGS_ADMIN_FN, type SettingsAdminResults, type ShopSettingsView } from '../contracts/settings-admin';
import { callAction } from './call-function';

export const getShopSettings = () => callAction<SettingsAdminResults['getShopSettings']>(SETTINGS_ADMIN_FN, 'getShopSettings');

type OptionalSetting = 'maxUnpaidOrders' | 'maxHeldUnitsPerSku' | 'autoReceiveDays' | 'returnAddress' | 'logoUrl' | 'servicePhone';

export const updateShopSettings = (payload: Omit<ShopSettingsView, OptionalSetting> & Partial<Pick<ShopSettingsView, OptionalSetting>>) =>
  callAction<SettingsAdminResults['updateShopSettings']>(SETTINGS_ADMIN_FN, 'updateShopSettings', payload);

/** 关注公众号 on scan-opened pages (staff). */
export const getOfficialAccount = () => callAction<SettingsAdminResults['getOfficialAccount']>(SETTINGS_ADMIN_FN, 'getOfficialAccount', {});
export const setOfficialAccount = (payload: SettingsAdminResults['setOfficialAccount']) => callAction<SettingsAdminResults['setOfficialAccount']>(SETTINGS_ADMIN_FN, 'setOfficialAccount', payload);
export const uploadShopLogo = (payload: { contentType: 'image/png' | 'image/jpeg'; dataBase64: string }) =>
  callAction<SettingsAdminResults['uploadShopLogo']>(SETTINGS_ADMIN_FN, 'uploadShopLogo', payload);
