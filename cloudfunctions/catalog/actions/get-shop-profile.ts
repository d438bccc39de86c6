import { catalogApi } from '../../../src/contracts/api/catalog';
import type { ShopProfileView } from '../../../src/contracts/catalog';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getMerchantSettings, toShopSettingsView } from '../../shared/flows/merchant/get-merchant-settings';

/** The shop's public identity from 店铺设置 (nothing else of the settings leaves the admin function). */
export const getShopProfile = defineAction(catalogApi.actions.getShopProfile, async (ctx): Promise<ShopProfileView> => {
  const { shopName, logoUrl, servicePhone } = toShopSettingsView(await getMerchantSettings(ctx.store));
  return { shopName, logoUrl, servicePhone };
});
