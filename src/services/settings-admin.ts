import { SETTINGS_ADMIN_FN, type SettingsAdminResults, type ShopSettingsView } from '../contracts/settings-admin';
import { callAction } from './call-function';

export const getShopSettings = () => callAction<SettingsAdminResults['getShopSettings']>(SETTINGS_ADMIN_FN, 'getShopSettings');

export const updateShopSettings = (payload: Omit<ShopSettingsView, 'maxUnpaidOrders' | 'maxHeldUnitsPerSku'> & Partial<Pick<ShopSettingsView, 'maxUnpaidOrders' | 'maxHeldUnitsPerSku'>>) =>
  callAction<SettingsAdminResults['updateShopSettings']>(SETTINGS_ADMIN_FN, 'updateShopSettings', payload);
