import type { UserContext } from '../shared/kernel/context';
import type { DistributorDoc, ShopDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import { shopIdFor } from './shop-id';

/**
 * The caller's shop, or (before the first edit) the shop every distributor has implicitly: their shop name, no
 * intro, no images, no picks. `version` 0 means "not stored yet"; saveShop inserts it then.
 */
export async function loadMyShop(ctx: UserContext, distributor: DistributorDoc): Promise<ShopDoc> {
  const shopId = shopIdFor(ctx.openid);
  const stored = await ctx.store.get(COLLECTIONS.shops, shopId);
  return (
    stored ?? {
      _id: shopId,
      ownerId: ctx.openid,
      name: distributor.shopName,
      intro: '',
      logoUrl: null,
      bannerUrl: null,
      productIds: [],
      version: 0,
      updatedAt: ctx.now.toISOString(),
    }
  );
}
