import { CATALOG_FN } from '../contracts/catalog';
import { apiClient } from './call-function';
import type { catalogApi } from '../contracts/api/catalog';

const catalogClient = apiClient<typeof catalogApi>(CATALOG_FN);

export const listCategories = () => catalogClient.listCategories();

export const listProducts = catalogClient.listProducts;

export const getProduct = (productId: string) => catalogClient.getProduct({ productId });
