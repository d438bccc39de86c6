import { distributorApi } from '../../../src/contracts/api/distributor';
import { MAX_SHOP_PRODUCTS, SHOP_ERRORS, type MyShopView } from '../../../src/contracts/distributor';
import { failWith } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { loadMyDistributor } from '../load-distributor';
import { loadMyShop } from '../load-my-shop';
import { saveShop } from '../save-shop';
import { toMyShopView } from '../to-shop-view';

/**
 * Replaces the shop's picks (in display order) with products from the merchant's distribution catalogue: every
 * on-shelf product. The distributor chooses what to show, never a price: HQ prices, HQ ships every order.
 */
export const setShopProducts = defineAction(distributorApi.actions.setShopProducts, async (ctx, input): Promise<MyShopView> => {
  const distributor = await loadMyDistributor(ctx);
  if (input.productIds.length > 0) {
    const found = await ctx.store.find(COLLECTIONS.products, { _id: { $in: input.productIds }, onShelf: true }, { limit: MAX_SHOP_PRODUCTS });
    if (found.length !== input.productIds.length) throw failWith(SHOP_ERRORS.PRODUCT_NOT_AVAILABLE);
  }
  const saved = await saveShop(ctx, await loadMyShop(ctx, distributor), { productIds: input.productIds });
  return toMyShopView(ctx.store, saved);
});
