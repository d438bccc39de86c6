import { CATALOG_FN, type CatalogResults, type SearchSort } from '../contracts/catalog';
import { callAction } from './call-function';

export const listCategories = () => callAction<CatalogResults['listCategories']>(CATALOG_FN, 'listCategories');

export const listProducts = (payload: { categoryId?: string; cursor?: number; limit?: number } = {}) =>
  callAction<CatalogResults['listProducts']>(CATALOG_FN, 'listProducts', payload);

export const getProduct = (productId: string) => callAction<CatalogResults['getProduct']>(CATALOG_FN, 'getProduct', { productId });

export const searchProducts = (payload: { query: string; sort?: SearchSort; cursor?: number; limit?: number }) =>
  callAction<CatalogResults['searchProducts']>(CATALOG_FN, 'searchProducts', payload);

export const getSearchHints = () => callAction<CatalogResults['getSearchHints']>(CATALOG_FN, 'getSearchHints');
