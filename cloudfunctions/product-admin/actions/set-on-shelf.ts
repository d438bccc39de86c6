import { productAdminApi } from '../../../src/contracts/api/product-admin';
import { PRODUCT_ADMIN_ERRORS, type AdminProductView } from '../../../src/contracts/product-admin';
import { failWith } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { loadProduct } from '../load-product';
import { toAdminProductView } from '../to-admin-product-view';

/** 上架 / 下架. Off shelf: gone from the catalogue and shops; open orders are unaffected. Repeating is a no-op. */
export const setOnShelf = defineAction(productAdminApi.actions.setOnShelf, async (ctx, input): Promise<AdminProductView> => {
  const saved = await ctx.store.runTransaction(async (tx) => {
    const product = await loadProduct(tx, input.productId);
    if (product.onShelf === input.onShelf) return product;
    if (!(await tx.update(COLLECTIONS.products, product._id, { onShelf: product.onShelf }, { onShelf: input.onShelf }))) {
      throw failWith(PRODUCT_ADMIN_ERRORS.BUSY, '商品已被修改，请刷新');
    }
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'setOnShelf', target: product._id, before: { onShelf: product.onShelf }, after: { onShelf: input.onShelf } });
    return { ...product, onShelf: input.onShelf };
  });
  return toAdminProductView(ctx.store, saved);
});
