import { CATALOG_FN, type CatalogResults } from '../contracts/catalog';
import { callAction } from './call-function';

export const listCategories = () => callAction<CatalogResults['listCategories']>(CATALOG_FN, 'listCategories');

export const listProducts = (payload: { categoryId?: string; cursor?: number; limit?: number } = {}) =>
  callAction<CatalogResults['listProducts']>(CATALOG_FN, 'listProducts', payload);

export const getShopProfile = () => callAction<CatalogResults['getShopProfile']>(CATALOG_FN, 'getShopProfile', {});

export const getProduct = (productId: string) => callAction<CatalogResults['getProduct']>(CATALOG_FN, 'getProduct', { productId });
