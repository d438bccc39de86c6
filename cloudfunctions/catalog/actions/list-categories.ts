import { catalogApi } from '../../../src/contracts/api/catalog';
import { type CategoryView } from '../../../src/contracts/catalog';
import { MAX_CATEGORIES } from '../../../src/contracts/product-admin';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { findLiveCategories } from '../../shared/flows/catalog/live-categories';

export const listCategories = defineAction(catalogApi.actions.listCategories, async (ctx): Promise<CategoryView[]> => {
  const docs = await findLiveCategories(ctx.store, 0, MAX_CATEGORIES);
  return docs.map((c) => ({ id: c._id, name: c.name }));
});
