import { productAdminApi } from '../../../src/contracts/api/product-admin';
import type { Page } from '../../../src/contracts/paging';
import type { AdminProductView } from '../../../src/contracts/product-admin';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { Filter } from '../../shared/kernel/store/store';
import { toAdminProductViews } from '../to-admin-product-view';

/** Every product, on shelf or not, in shelf order; optionally one category or one shelf state. */
export const listProducts = defineAction(productAdminApi.actions.listProducts, async (ctx, input): Promise<Page<AdminProductView>> => {
  const filter: Record<string, string | boolean> = {};
  if (input.onShelf !== undefined) filter.onShelf = input.onShelf;
  if (input.categoryId) filter.categoryId = input.categoryId;
  const page = await readPage(
    input,
    (skip, limit) => ctx.store.find(COLLECTIONS.products, filter as Filter, { skip, limit, orderBy: [{ field: 'sort', direction: 'asc' }, { field: '_id', direction: 'asc' }] }),
    (p) => p,
  );
  return { items: await toAdminProductViews(ctx.store, page.items), nextCursor: page.nextCursor };
});
