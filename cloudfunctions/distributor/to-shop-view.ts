import type { MyShopView, ShopView } from '../../src/contracts/distributor';
import { MAX_SHOP_PRODUCTS } from '../../src/contracts/distributor';
import { pickOnShelf } from '../../src/domain/shop/pick-on-shelf';
import { toProductCard } from '../shared/flows/catalog/to-product-card';
import type { ShopDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { Store } from '../shared/kernel/store/store';

/** One query for every picked product; off-shelf ones are left out. HQ prices: the product's own price, unchanged. */
export async function toShopView(store: Store, shop: ShopDoc): Promise<ShopView> {
  const docs =
    shop.productIds.length === 0
      ? []
      : await store.find(COLLECTIONS.products, { _id: { $in: shop.productIds }, onShelf: true }, { limit: MAX_SHOP_PRODUCTS });
  return {
    shopId: shop._id,
    name: shop.name,
    intro: shop.intro,
    logoUrl: shop.logoUrl,
    bannerUrl: shop.bannerUrl,
    products: pickOnShelf(shop.productIds, docs.map(toProductCard)),
  };
}

export async function toMyShopView(store: Store, shop: ShopDoc): Promise<MyShopView> {
  return { ...(await toShopView(store, shop)), productIds: shop.productIds };
}
