import { z } from 'zod';
import { MAX_SHOP_INTRO_CHARS, MAX_SHOP_NAME_CHARS, MAX_SHOP_PRODUCTS } from './distributor';
import { pageInput } from './page-input';

/** Payload schemas of the distributor function (server side; the client imports only ./distributor). */
export const shareTargetInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shop') }).strict(),
  z.object({ kind: z.literal('product'), productId: z.string().min(1).max(64) }).strict(),
]);

/** Mainland mobile number: 11 digits starting with 1. */
const PHONE = z.string().trim().regex(/^1\d{10}$/, { message: '请填写正确的手机号' });

export const applicationInput = z
  .object({
    realName: z.string().trim().min(1).max(20),
    phone: PHONE,
    reason: z.string().trim().min(1).max(200),
  })
  .strict();

export const distributorInputs = {
  /** `application` is required (and only used) under the APPLICATION qualification. */
  becomeDistributor: z.object({ application: applicationInput.optional() }).strict(),
  getMyPanel: z.object({}).strict(),
  createShareCode: z.object({ target: shareTargetInput }).strict(),
  getMyShop: z.object({}).strict(),
  updateMyShop: z
    .object({
      name: z.string().trim().min(1, { message: '请填写店铺名称' }).max(MAX_SHOP_NAME_CHARS),
      intro: z.string().trim().max(MAX_SHOP_INTRO_CHARS),
    })
    .strict(),
  uploadShopImage: z
    .object({
      kind: z.enum(['logo', 'banner']),
      contentType: z.enum(['image/png', 'image/jpeg']),
      // ≈ 70 KB of image: the whole call must stay under the 100 KB body limit of CloudBase and the gateway.
      dataBase64: z.string().min(8).max(96_000).regex(/^[A-Za-z0-9+/]+={0,2}$/),
    })
    .strict(),
  setShopProducts: z
    .object({
      productIds: z
        .array(z.string().min(1).max(64))
        .max(MAX_SHOP_PRODUCTS)
        .refine((ids) => new Set(ids).size === ids.length, { message: '商品不能重复' }),
    })
    .strict(),
  getShop: z.object({ shopId: z.string().regex(/^[0-9A-Za-z]{1,32}$/) }).strict(),
  getMyTeamCounts: z.object({}).strict(),
  getMyGrade: z.object({}).strict(),
  getRanking: z.object({ kind: z.enum(['SETTLED_COMMISSION', 'NEW_PAYING_DOWNLINES']), period: z.enum(['WEEK', 'MONTH']) }).strict(),
  listMyTeam: z.object({ level: z.union([z.literal(1), z.literal(2)]), ...pageInput }).strict(),
};
