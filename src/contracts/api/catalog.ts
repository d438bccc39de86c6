import { defineApi, returns, type ResultsOf } from './define-api';
import { officialAccountInputs } from '../official-account';
import { catalogInputs } from '../catalog-inputs';
import type { OfficialAccountView } from '../official-account';
import type { SearchHints, SearchResultPage, ShopProfileView } from '../catalog';
import { CATALOG_FN, type CategoryView, type ProductCard, type ProductDetail } from '../catalog';
import type { Page } from '../paging';

/** The catalog function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const catalogApi = defineApi(CATALOG_FN, {
  listCategories: { input: catalogInputs.listCategories, result: returns<CategoryView[]>(), permission: 'user' },
  listProducts: { input: catalogInputs.listProducts, result: returns<Page<ProductCard>>(), permission: 'user' },
  getProduct: { input: catalogInputs.getProduct, result: returns<ProductDetail>(), permission: 'user' },
  getFollowInfo: { input: officialAccountInputs.getFollowInfo, result: returns<OfficialAccountView>(), permission: 'user' },
  getSearchHints: { input: catalogInputs.getSearchHints, result: returns<SearchHints>(), permission: 'user' },
  getShopProfile: { input: catalogInputs.getShopProfile, result: returns<ShopProfileView>(), permission: 'user' },
  searchProducts: { input: catalogInputs.searchProducts, result: returns<SearchResultPage>(), permission: 'user' },
});

/** Every action's result by name (from the API map). */
export type CatalogResults = ResultsOf<typeof catalogApi>;
