import { catalogInputs } from '../../../src/contracts/catalog-inputs';
import { type CategoryView } from '../../../src/contracts/catalog';
import { defineAction } from '../../shared/handler/define-action';
import { COLLECTIONS } from '../../shared/store/collections';
import type { CategoryDoc } from '../../shared/docs';

export const listCategories = defineAction(catalogInputs.listCategories, async (ctx): Promise<CategoryView[]> => {
  const docs = await ctx.store.find<CategoryDoc>(COLLECTIONS.categories, {}, { limit: 100, orderBy: [{ field: 'sort', direction: 'asc' }] });
  return docs.map((c) => ({ id: c._id, name: c.name }));
});
