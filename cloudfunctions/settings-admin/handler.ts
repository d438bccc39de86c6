import { settingsAdminApi } from '../../src/contracts/api/settings-admin';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { getShopSettings } from './actions/get-shop-settings';
import { updateShopSettings } from './actions/update-shop-settings';

/** 店铺设置 (staff with 'settings'): the shop's name, pay timeout and after-sale window. */
export const settingsAdminHandler = createHandler(settingsAdminApi, { getShopSettings, updateShopSettings });
