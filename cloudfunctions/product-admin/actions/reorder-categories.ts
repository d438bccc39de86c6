import { productAdminApi } from '../../../src/contracts/api/product-admin';
import { MAX_CATEGORIES, PRODUCT_ADMIN_ERRORS, type AdminCategoryView } from '../../../src/contracts/product-admin';
import { failWith } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { findLiveCategories } from '../../shared/flows/catalog/live-categories';
import type { CategoryDoc } from '../../shared/kernel/docs/docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toCategoryViews } from '../to-category-views';

const mismatch = () => failWith(PRODUCT_ADMIN_ERRORS.CATEGORY_ORDER_MISMATCH);

/**
 * Sets the whole order at once: `categoryIds` must name every live category exactly once, and position i gets sort
 * i + 1. Sending the full order (not "move up") makes a retry land on the same result.
 */
export const reorderCategories = defineAction(productAdminApi.actions.reorderCategories, async (ctx, input): Promise<AdminCategoryView[]> => {
  const live = await findLiveCategories(ctx.store, 0, MAX_CATEGORIES + 1);
  const wanted = input.categoryIds;
  if (new Set(wanted).size !== wanted.length || wanted.length !== live.length || !wanted.every((id) => live.some((c) => c._id === id))) throw mismatch();
  const ordered = await ctx.store.runTransaction(async (tx): Promise<CategoryDoc[]> => {
    const out: CategoryDoc[] = [];
    let changed = false;
    for (const [i, id] of wanted.entries()) {
      const doc = await tx.get(COLLECTIONS.categories, id);
      const known = live.find((c) => c._id === id);
      // Deleted or re-sorted since the read above: the caller's order is based on an old list.
      if (!doc || !known || doc.sort !== known.sort) throw mismatch();
      if (doc.sort !== i + 1) {
        await tx.update(COLLECTIONS.categories, id, { sort: doc.sort }, { sort: i + 1 });
        changed = true;
      }
      out.push({ ...doc, sort: i + 1 });
    }
    if (changed) await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'reorderCategories', target: 'categories', before: live.map((c) => c._id), after: wanted });
    return out;
  });
  return toCategoryViews(ctx.store, ordered);
});
