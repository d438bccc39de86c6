import { CATALOG_FN } from '../contracts/catalog';
import { apiClient } from './call-function';
import type { catalogApi } from '../contracts/api/catalog';

const catalogClient = apiClient<typeof catalogApi>(CATALOG_FN);

export const listCategories = () => catalogClient.listCategories();

export const getShopProfile = () => catalogClient.getShopProfile();

export const listProducts = catalogClient.listProducts;

export const getProduct = (productId: string) => catalogClient.getProduct({ productId });

export const searchProducts = catalogClient.searchProducts;

export const getSearchHints = () => catalogClient.getSearchHints();

/** 关注公众号: what the follow block on scan-opened pages shows. */
export const getFollowInfo = () => catalogClient.getFollowInfo();
