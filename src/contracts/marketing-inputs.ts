import { z } from 'zod';
import { pageInput } from './page-input';

const fen = z.number().int().min(0).max(9_999_999_999);
const bps = z.number().int().min(0).max(10000);
const id = z.string().regex(/^[0-9A-Za-z_:-]{1,80}$/);
const requestId = z.string().regex(/^[0-9A-Za-z_-]{8,64}$/);
const isoTime = z.string().datetime();
const cartLines = z
  .array(z.object({ skuId: z.string().min(1).max(64), quantity: z.number().int().min(1).max(99) }).strict())
  .min(1)
  .max(20);

const couponRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('FIXED'), amountFen: fen.min(1), thresholdFen: fen }).strict(),
  z.object({ kind: z.literal('PERCENT'), offBps: bps.min(1), capFen: fen.min(1).nullable(), thresholdFen: fen }).strict(),
]);
const couponScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ALL') }).strict(),
  z.object({ kind: z.literal('PRODUCTS'), productIds: z.array(id).min(1).max(100) }).strict(),
  z.object({ kind: z.literal('CATEGORIES'), categoryIds: z.array(id).min(1).max(50) }).strict(),
]);
const status = z.enum(['ACTIVE', 'STOPPED']);
const window = <T extends { validFrom?: string; validTo?: string; startAt?: string; endAt?: string }>(v: T) =>
  Date.parse(v.validTo ?? v.endAt ?? '') > Date.parse(v.validFrom ?? v.startAt ?? '');
const windowMessage = { message: '结束时间必须晚于开始时间' };

const level = z
  .object({
    id: z.string().regex(/^[0-9A-Za-z_-]{1,20}$/),
    name: z.string().trim().min(1).max(10),
    minSpendFen: fen,
    offBps: bps.max(9000),
    memberPriceFenBySkuId: z.record(z.string().min(1).max(64), fen).refine((r) => Object.keys(r).length <= 200, { message: '会员价最多 200 个规格' }),
  })
  .strict();

/** Payload schemas of the marketing function (customers; identity from the context). */
export const marketingInputs = {
  listCouponCentre: z.object({}).strict(),
  /** requestId: a retried claim finds the coupon it made instead of claiming another. */
  claimCoupon: z.object({ templateId: id, requestId }).strict(),
  listMyCoupons: z.object({ status: z.enum(['UNUSED', 'USED', 'EXPIRED']).optional(), ...pageInput }).strict(),
  previewCheckout: z.object({ lines: cartLines, couponId: id.optional(), usePoints: z.boolean().optional() }).strict(),
  signIn: z.object({}).strict(),
  getPointsAccount: z.object({ ...pageInput }).strict(),
  getMyMemberLevel: z.object({}).strict(),
};

/** Payload schemas of the marketing-admin function (staff with the 'marketing' permission). */
export const marketingAdminInputs = {
  listCouponTemplates: z.object({ status: status.optional(), ...pageInput }).strict(),
  /** Create (no templateId: the id comes from requestId) or edit (templateId + expectedVersion). */
  saveCouponTemplate: z
    .object({
      requestId,
      templateId: id.optional(),
      expectedVersion: z.number().int().min(0).optional(),
      name: z.string().trim().min(1).max(20),
      rule: couponRule,
      scope: couponScope,
      validFrom: isoTime,
      validTo: isoTime,
      perUserLimit: z.number().int().min(1).max(10),
      totalQuantity: z.number().int().min(1).max(1_000_000).nullable(),
      claimable: z.boolean(),
      /** Where it may be used; absent keeps the template's current usage (a new one: online only). */
      usage: z.enum(['ONLINE', 'IN_STORE', 'BOTH']).optional(),
    })
    .strict()
    .refine(window, windowMessage),
  setCouponTemplateStatus: z.object({ templateId: id, status }).strict(),
  /** Issues one coupon to a customer (requestId: a retry issues once). */
  issueCoupon: z.object({ templateId: id, userId: z.string().min(1).max(128), requestId }).strict(),
  listFullReductions: z.object({ status: status.optional(), ...pageInput }).strict(),
  saveFullReduction: z
    .object({
      requestId,
      activityId: id.optional(),
      expectedVersion: z.number().int().min(0).optional(),
      name: z.string().trim().min(1).max(20),
      tiers: z.array(z.object({ thresholdFen: fen.min(1), reductionFen: fen.min(1) }).strict()).min(1).max(5),
      productIds: z.array(id).min(1).max(100).nullable(),
      startAt: isoTime,
      endAt: isoTime,
    })
    .strict()
    .refine(window, windowMessage)
    .refine((v) => v.tiers.every((t) => t.reductionFen < t.thresholdFen), { message: '减免金额必须小于门槛' }),
  setFullReductionStatus: z.object({ activityId: id, status }).strict(),
  getMarketingRules: z.object({}).strict(),
  updatePointsRules: z
    .object({
      expectedVersion: z.number().int().min(0),
      points: z
        .object({
          earnBps: bps,
          // A whole number of points per 元 (1, 2, 4, 5 … 100), so "N 积分抵 1 元" is exact wherever it is shown.
          fenPerPoint: z.number().int().min(1).max(100).refine((v) => 100 % v === 0, '每积分抵扣金额须能整除 1 元（如 1、2、5、10 分）'),
          maxDeductionBps: bps,
          signInPoints: z.number().int().min(0).max(10000),
          streakBonuses: z
            .array(z.object({ day: z.number().int().min(2).max(31), points: z.number().int().min(0).max(10000), couponTemplateId: id.nullable().optional() }).strict())
            .max(7),
        })
        .strict(),
    })
    .strict(),
  updateMemberLevels: z
    .object({
      expectedVersion: z.number().int().min(0),
      levels: z
        .array(level)
        .max(8)
        .refine((ls) => new Set(ls.map((l) => l.id)).size === ls.length && new Set(ls.map((l) => l.minSpendFen)).size === ls.length, {
          message: '等级编号和消费门槛不能重复',
        }),
    })
    .strict(),
};
