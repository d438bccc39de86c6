import { z } from 'zod';
import { pageInput } from './page-input';
import { SEARCH_SORTS } from '../domain/catalog/search-rank';
import { MAX_QUERY_LENGTH } from './catalog';

/** Payload schemas of the catalog function (server side; the client imports only ./catalog). */
export const catalogInputs = {
  listCategories: z.object({}).strict(),
  listProducts: z.object({ categoryId: z.string().min(1).max(64).optional(), ...pageInput }).strict(),
  getProduct: z.object({ productId: z.string().min(1).max(64) }).strict(),
  searchProducts: z.object({ query: z.string().trim().min(1, '请输入要搜索的商品').max(MAX_QUERY_LENGTH), sort: z.enum(SEARCH_SORTS).optional(), ...pageInput }).strict(),
  getSearchHints: z.object({}).strict(),
  getShopProfile: z.object({}).strict(),
};
