import { createHandler } from '../shared/kernel/handler/create-handler';
import { getProduct } from './actions/get-product';
import { getSearchHints } from './actions/get-search-hints';
import { listCategories } from './actions/list-categories';
import { listProducts } from './actions/list-products';
import { searchProducts } from './actions/search-products';

/** 商品目录: categories, the product list, product detail and search. */
export const catalogHandler = createHandler('catalog', { listCategories, listProducts, getProduct, searchProducts, getSearchHints });
