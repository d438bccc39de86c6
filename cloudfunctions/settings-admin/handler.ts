import { settingsAdminApi } from '../../src/contracts/api/settings-admin';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { getShopSettings } from './actions/get-shop-settings';
import { updateShopSettings } from './actions/update-shop-settings';
import { getOfficialAccount } from './actions/get-official-account';
import { setOfficialAccount } from './actions/set-official-account';
import { uploadShopLogo } from './actions/upload-shop-logo';

/** 店铺设置 (staff with 'settings'): the shop's name, logo, 客服 phone, pay timeout, after-sale window and 公众号 follow. */
export const settingsAdminHandler = createHandler(settingsAdminApi, { getShopSettings, updateShopSettings, uploadShopLogo, getOfficialAccount, setOfficialAccount });
