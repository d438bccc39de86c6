import { z } from 'zod';
import { pageInput } from './page-input';

/** Payload schemas of the catalog function (server side; the client imports only ./catalog). */
export const catalogInputs = {
  listCategories: z.object({}).strict(),
  listProducts: z.object({ categoryId: z.string().min(1).max(64).optional(), ...pageInput }).strict(),
  getProduct: z.object({ productId: z.string().min(1).max(64) }).strict(),
  getShopProfile: z.object({}).strict(),
};
