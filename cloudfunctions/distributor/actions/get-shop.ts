import { distributorApi } from '../../../src/contracts/api/distributor';
import { SHOP_ERRORS, type ShopView } from '../../../src/contracts/distributor';
import { earnsCommission } from '../../../src/domain/distribution/distributor-lifecycle';
import { failWith } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toShopView } from '../to-shop-view';

/**
 * The public shop page, for any visitor: the owner's checked name, intro, images and picked on-shelf products.
 * A revoked owner's shop is closed (their codes no longer bind either). Buying from it is an ordinary order: the
 * visitor was bound to the owner when the shop code opened (under the merchant's binding rule), which is what
 * attributes the commission.
 */
export const getShop = defineAction(distributorApi.actions.getShop, async (ctx, input): Promise<ShopView> => {
  const shop = await ctx.store.get(COLLECTIONS.shops, input.shopId);
  if (!shop) throw failWith(SHOP_ERRORS.NOT_FOUND);
  const owner = await ctx.store.get(COLLECTIONS.distributors, shop.ownerId);
  if (!owner || !earnsCommission(owner.status)) throw failWith(SHOP_ERRORS.NOT_FOUND);
  return toShopView(ctx.store, shop);
});
