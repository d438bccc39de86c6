import { productAdminApi } from '../../../src/contracts/api/product-admin';
import type { Page } from '../../../src/contracts/paging';
import type { AdminCategoryView } from '../../../src/contracts/product-admin';
import { findLiveCategories } from '../../shared/flows/catalog/live-categories';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { toCategoryViews } from '../to-category-views';

/** Live categories in the order shoppers see them, each with how many products it holds. */
export const listCategories = defineAction(productAdminApi.actions.listCategories, async (ctx, input): Promise<Page<AdminCategoryView>> => {
  const page = await readPage(input, (skip, limit) => findLiveCategories(ctx.store, skip, limit), (c) => c);
  return { items: await toCategoryViews(ctx.store, page.items), nextCursor: page.nextCursor };
});
