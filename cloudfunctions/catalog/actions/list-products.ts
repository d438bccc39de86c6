import { catalogApi } from '../../../src/contracts/api/catalog';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { Filter } from '../../shared/kernel/store/store';
import { toProductCard } from '../product-views';

export const listProducts = defineAction(catalogApi.actions.listProducts, async (ctx, input) => {
  const filter: Filter = input.categoryId ? { onShelf: true, categoryId: input.categoryId } : { onShelf: true };
  return readPage(
    input,
    (skip, limit) =>
      ctx.store.find(COLLECTIONS.products, filter, { skip, limit, orderBy: [{ field: 'sort', direction: 'asc' }] }),
    toProductCard,
  );
});
