import { createHandler } from '../shared/kernel/handler/create-handler';
import { getProduct } from './actions/get-product';
import { getShopProfile } from './actions/get-shop-profile';
import { listCategories } from './actions/list-categories';
import { listProducts } from './actions/list-products';

/** 商品目录: categories, the product list and product detail. */
export const catalogHandler = createHandler('catalog', { listCategories, listProducts, getProduct, getShopProfile });
