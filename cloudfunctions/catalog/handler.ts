import { catalogApi } from '../../src/contracts/api/catalog';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { getProduct } from './actions/get-product';
import { listCategories } from './actions/list-categories';
import { listProducts } from './actions/list-products';

/** 商品目录: categories, the product list and product detail. */
export const catalogHandler = createHandler(catalogApi, { listCategories, listProducts, getProduct });
