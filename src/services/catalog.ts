import { CATALOG_FN, type CatalogResults, type SearchSort } from '../contracts/catalog';
import { callAction } from './call-function';

export const listCategories = () => callAction<CatalogResults['listCategories']>(CATALOG_FN, 'listCategories');

export const listProducts = (payload: { categoryId?: string; cursor?: number; limit?: number } = {}) =>
  callAction<CatalogResults['listProducts']>(CATALOG_FN, 'listProducts', payload);

export const getShopProfile = () => callAction<CatalogResults['getShopProfile']>(CATALOG_FN, 'getShopProfile', {});

export const getProduct = (productId: string) => callAction<CatalogResults['getProduct']>(CATALOG_FN, 'getProduct', { productId });

export const searchProducts = (payload: { query: string; sort?: SearchSort; cursor?: number; limit?: number }) =>
  callAction<CatalogResults['searchProducts']>(CATALOG_FN, 'searchProducts', payload);

export const getSearchHints = () => callAction<CatalogResults['getSearchHints']>(CATALOG_FN, 'getSearchHints');

/** 关注公众号: what the follow block on scan-opened pages shows. */
export const getFollowInfo = () => callAction<CatalogResults['getFollowInfo']>(CATALOG_FN, 'getFollowInfo', {});
