import { defineApi, returns } from './define-api';
import { catalogInputs } from '../catalog-inputs';
import { CATALOG_FN, type CategoryView, type ProductCard, type ProductDetail } from '../catalog';
import type { Page } from '../paging';

/** The catalog function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const catalogApi = defineApi(CATALOG_FN, {
  listCategories: { input: catalogInputs.listCategories, result: returns<CategoryView[]>(), permission: 'user' },
  listProducts: { input: catalogInputs.listProducts, result: returns<Page<ProductCard>>(), permission: 'user' },
  getProduct: { input: catalogInputs.getProduct, result: returns<ProductDetail>(), permission: 'user' },
});
