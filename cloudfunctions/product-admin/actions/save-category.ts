import { productAdminApi } from '../../../src/contracts/api/product-admin';
import { MAX_CATEGORIES, PRODUCT_ADMIN_ERRORS, type AdminCategoryView } from '../../../src/contracts/product-admin';
import { failWith } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { findLiveCategories, isLiveCategory } from '../../shared/flows/catalog/live-categories';
import type { CategoryDoc } from '../../shared/kernel/docs/docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { stableId } from '../../shared/flows/scenes/scene-id';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toCategoryViews } from '../to-category-views';

/**
 * Creates a category (last in order; id from the request, so a retry finds it) or renames one. Names are unique
 * among live categories: two tabs called the same would confuse shoppers.
 */
export const saveCategory = defineAction(productAdminApi.actions.saveCategory, async (ctx, input): Promise<AdminCategoryView> => {
  const categoryId = input.categoryId ?? `c${stableId(['category', ctx.openid, input.requestId], 12)}`;
  // ≤ MAX_CATEGORIES live ones: one read gives the name check, the cap and the last position.
  const live = await findLiveCategories(ctx.store, 0, MAX_CATEGORIES + 1);
  const saved = await ctx.store.runTransaction(async (tx): Promise<CategoryDoc> => {
    const before = await tx.get(COLLECTIONS.categories, categoryId);
    // A retried create: the first attempt made it.
    if (!input.categoryId && before) return before;
    if (input.categoryId && !isLiveCategory(before)) throw failWith(PRODUCT_ADMIN_ERRORS.CATEGORY_NOT_FOUND);
    if (live.some((c) => c.name === input.name && c._id !== categoryId)) throw failWith(PRODUCT_ADMIN_ERRORS.CATEGORY_NAME_TAKEN, `已有名为「${input.name}」的分类`);
    if (before) {
      if (before.name === input.name) return before;
      if (!(await tx.update(COLLECTIONS.categories, categoryId, { name: before.name }, { name: input.name }))) throw failWith(PRODUCT_ADMIN_ERRORS.BUSY, '分类已被修改，请刷新');
      await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'renameCategory', target: categoryId, before: { name: before.name }, after: { name: input.name } });
      return { ...before, name: input.name };
    }
    if (live.length >= MAX_CATEGORIES) throw failWith(PRODUCT_ADMIN_ERRORS.TOO_MANY_CATEGORIES, `分类最多 ${MAX_CATEGORIES} 个`);
    const created: CategoryDoc = { _id: categoryId, name: input.name, sort: Math.max(0, ...live.map((c) => c.sort + 1)) };
    await tx.insert(COLLECTIONS.categories, created);
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'createCategory', target: categoryId, before: null, after: created });
    return created;
  });
  const [view] = await toCategoryViews(ctx.store, [saved]);
  if (!view) throw new Error('toCategoryViews lost the category');
  return view;
});
