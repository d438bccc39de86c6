import { catalogInputs } from '../../../src/contracts/catalog-inputs';
import { defineAction } from '../../shared/handler/define-action';
import { readPage } from '../../shared/paging/to-page';
import { COLLECTIONS } from '../../shared/store/collections';
import type { Filter } from '../../shared/store/store';
import type { ProductDoc } from '../../shared/docs';
import { toProductCard } from '../product-views';

export const listProducts = defineAction(catalogInputs.listProducts, async (ctx, input) => {
  const filter: Filter = input.categoryId ? { onShelf: true, categoryId: input.categoryId } : { onShelf: true };
  return readPage(
    input,
    (skip, limit) =>
      ctx.store.find<ProductDoc>(COLLECTIONS.products, filter, { skip, limit, orderBy: [{ field: 'sort', direction: 'asc' }] }),
    toProductCard,
  );
});
