import { productAdminApi } from '../../../src/contracts/api/product-admin';
import { PRODUCT_ADMIN_ERRORS } from '../../../src/contracts/product-admin';
import { failWith } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { DELETED_CATEGORY_SORT } from '../../shared/flows/catalog/live-categories';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/**
 * Deletes an empty category: one that still holds a product (on or off shelf) is refused, so no product is left
 * pointing at a category shoppers cannot open. Deleting an already deleted one is a no-op (a retry succeeds).
 * The document stays, moved out of the live range (see live-categories.ts).
 */
export const deleteCategory = defineAction(productAdminApi.actions.deleteCategory, async (ctx, input): Promise<{ categoryId: string; deleted: boolean }> => {
  // Counted outside the transaction (a transaction holds single-document operations only); saveProduct checks the
  // category the same way, so only a product saved in the same instant as the delete could slip in.
  const products = await ctx.store.count(COLLECTIONS.products, { categoryId: input.categoryId });
  return ctx.store.runTransaction(async (tx) => {
    const before = await tx.get(COLLECTIONS.categories, input.categoryId);
    if (!before) throw failWith(PRODUCT_ADMIN_ERRORS.CATEGORY_NOT_FOUND);
    if (before.deletedAt) return { categoryId: before._id, deleted: false };
    if (products > 0) throw failWith(PRODUCT_ADMIN_ERRORS.CATEGORY_NOT_EMPTY, `该分类下还有 ${products} 个商品，请先把它们移到其他分类`);
    if (!(await tx.update(COLLECTIONS.categories, before._id, { sort: before.sort }, { sort: DELETED_CATEGORY_SORT, deletedAt: ctx.now.toISOString() }))) {
      throw failWith(PRODUCT_ADMIN_ERRORS.BUSY, '分类已被修改，请刷新');
    }
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'deleteCategory', target: before._id, before, after: null });
    return { categoryId: before._id, deleted: true };
  });
});
