import { distributorApi } from '../../../src/contracts/api/distributor';
import type { MyShopView } from '../../../src/contracts/distributor';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadMyDistributor } from '../load-distributor';
import { loadMyShop } from '../load-my-shop';
import { toMyShopView } from '../to-shop-view';

/** The caller's shop for editing: what visitors see, plus every picked product id. */
export const getMyShop = defineAction(distributorApi.actions.getMyShop, async (ctx): Promise<MyShopView> => {
  const distributor = await loadMyDistributor(ctx);
  return toMyShopView(ctx.store, await loadMyShop(ctx, distributor));
});
