import { catalogApi } from '../../src/contracts/api/catalog';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { getProduct } from './actions/get-product';
import { getSearchHints } from './actions/get-search-hints';
import { getShopProfile } from './actions/get-shop-profile';
import { listCategories } from './actions/list-categories';
import { listProducts } from './actions/list-products';
import { getFollowInfo } from './actions/get-follow-info';
import { searchProducts } from './actions/search-products';

/** 商品目录: categories, the product list, product detail, search, the shop's profile and the 公众号 follow block. */
export const catalogHandler = createHandler(catalogApi, { listCategories, listProducts, getProduct, searchProducts, getSearchHints, getFollowInfo, getShopProfile });
