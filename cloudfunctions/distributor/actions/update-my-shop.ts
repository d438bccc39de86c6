import { distributorApi } from '../../../src/contracts/api/distributor';
import { SHOP_ERRORS, type MyShopView } from '../../../src/contracts/distributor';
import { failWith } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { loadMyDistributor } from '../load-distributor';
import { loadMyShop } from '../load-my-shop';
import { saveShop } from '../save-shop';
import { toMyShopView } from '../to-shop-view';

/**
 * Sets the shop's name and intro after the platform's content check (WeChat msgSecCheck; locally a word list):
 * text that does not pass is never stored, so nothing unchecked is ever shown to visitors. The name is also the
 * distributor's display name (share cards, "已成为 X 的好友客户"), so it is copied onto the distributor record.
 */
export const updateMyShop = defineAction(distributorApi.actions.updateMyShop, async (ctx, input): Promise<MyShopView> => {
  const distributor = await loadMyDistributor(ctx);
  const shop = await loadMyShop(ctx, distributor);
  for (const [label, text] of [['店铺名称', input.name], ['店铺简介', input.intro]] as const) {
    if (text === '') continue;
    const verdict = await ctx.platform.checkText({ openid: ctx.openid, text });
    if (!verdict.pass) throw failWith(SHOP_ERRORS.CONTENT_REJECTED, `${label}未通过内容安全检测，请修改后再试`);
  }
  const saved = await saveShop(ctx, shop, { name: input.name, intro: input.intro });
  if (distributor.shopName !== input.name) {
    // Best effort by compare-and-set: a concurrent status change keeps its own write; the next save copies the name again.
    await ctx.store.update(COLLECTIONS.distributors, distributor._id, { status: distributor.status, shopName: distributor.shopName }, { shopName: input.name });
  }
  return toMyShopView(ctx.store, saved);
});
