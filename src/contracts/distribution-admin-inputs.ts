import { z } from 'zod';
import { pageInput } from './page-input';

/**
 * Payload schemas of the distribution-admin function (server side; the client imports only ./distribution-admin).
 * The policy schema checks SHAPE only (known keys, numbers are integers, strings are short): every rule about the
 * values — levels, rate sums, grades, binding periods, and the settings compliance forbids — is judged by
 * assertPolicyCompliant, so each refusal comes back with its own typed code instead of a generic invalid payload.
 * That is also why the forbidden peer settings (entry fee, paid package, required products, recruit reward) are
 * accepted by the schema here: to be refused by name, never silently dropped.
 */
const int = z.number().int();
const id = z.string().min(1).max(64);
const ints = z.array(int).max(10);
const table = <T extends z.ZodType>(value: T) =>
  z.record(id, value).refine((r) => Object.keys(r).length <= 2000, { message: '商品佣金设置过多' });

const override = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('RATE'), ratesBps: ints }).strict(),
  z.object({ kind: z.literal('FIXED_PER_UNIT'), amountsFen: ints }).strict(),
  z.object({ kind: z.literal('NONE') }).strict(),
]);

const qualification = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('UNCONDITIONAL') }).strict(),
  z.object({ kind: z.literal('FIRST_PAID_ORDER') }).strict(),
  z.object({ kind: z.literal('SPEND_AT_LEAST'), thresholdFen: int }).strict(),
  z.object({ kind: z.literal('APPLICATION') }).strict(),
  z.object({ kind: z.literal('STAFF_ONLY') }).strict(),
  // Refused by compliance (COMPLIANCE.PURCHASE_REQUIRED, COMPLIANCE.RECRUIT_CONDITION); here only so they can be refused by name.
  z.object({ kind: z.literal('BUY_PRODUCT'), productIds: z.array(id).max(20) }).strict(),
  z.object({ kind: z.literal('RECRUITS'), count: int }).strict(),
]);

const bindRule = z.union([
  z.literal('FIRST_TOUCH'),
  z.literal('ALWAYS_OVERRIDE'),
  z.object({ kind: z.literal('PROTECTED'), protectionDays: int, validityDays: int.nullable() }).strict(),
]);

const grade = z
  .object({
    id,
    name: z.string().max(20),
    weight: int,
    ratesBps: ints,
    upgrade: z
      .object({
        mode: z.enum(['ANY', 'ALL']),
        conditions: z
          // Head-count conditions (paidDirectDownlines, teamSize) are accepted only to be refused by compliance by name.
          .object({ ownSpendFen: int.optional(), settledCommissionFen: int.optional(), orderCount: int.optional(), paidDirectDownlines: int.optional(), teamSize: int.optional() })
          .strict(),
      })
      .strict(),
  })
  .strict();

export const policyEditInput = z
  .object({
    levels: int,
    ratesBps: ints,
    productOverrides: z.object({ byProductId: table(override), bySkuId: table(override) }).strict(),
    selfPurchase: z.boolean(),
    qualification,
    binding: z.object({ rule: bindRule, onlyNewUsers: z.boolean(), trigger: z.enum(['OPEN', 'FIRST_ORDER']) }).strict(),
    // Up to 50 so that more than the 10 allowed is refused by compliance with its own code.
    grades: z.array(grade).max(50),
    freezeDays: int,
    withdrawal: z
      .object({ minFen: int, maxFen: int, dailyCapFen: int, feeBps: int, methods: z.array(z.string().max(32)).max(10) })
      .strict(),
    // Forbidden settings, refused by compliance with their own codes.
    entryFeeFen: int.nullable().optional(),
    distributorPackage: z.object({ priceFen: int, productIds: z.array(id).max(20).optional() }).strict().nullable().optional(),
    requiredProductIds: z.array(id).max(20).nullable().optional(),
    recruitRewardFen: int.nullable().optional(),
  })
  .strict();

const userId = z.string().min(1).max(64);

export const distributionAdminInputs = {
  getPolicy: z.object({}).strict(),
  updatePolicy: z
    .object({ policy: policyEditInput, expectedVersion: int.min(1), acknowledgeThreeLevels: z.boolean().optional() })
    .strict(),
  listApplications: z.object({ ...pageInput }).strict(),
  reviewApplication: z.object({ userId, approve: z.boolean(), note: z.string().trim().max(100).optional() }).strict(),
  designateDistributor: z.object({ userId }).strict(),
  setDistributorStatus: z.object({ userId, status: z.enum(['ACTIVE', 'FROZEN', 'REVOKED']) }).strict(),
  setDistributorGrade: z.object({ userId, gradeId: id.nullable() }).strict(),
  rebindUser: z.object({ userId, newSuperiorId: userId.nullable() }).strict(),
  listDistributors: z
    .object({ status: z.enum(['APPLIED', 'ACTIVE', 'FROZEN', 'REJECTED', 'REVOKED']).optional(), ...pageInput })
    .strict(),
  listBindings: z.object({ userId, ...pageInput }).strict(),
  getProductCommission: z.object({ productId: z.string().regex(/^[0-9A-Za-z_-]{1,40}$/) }).strict(),
  setProductCommission: z
    .object({
      productId: z.string().regex(/^[0-9A-Za-z_-]{1,40}$/),
      expectedVersion: int.min(1),
      distribution: z.boolean(),
      // Values are judged by assertPolicyCompliant (levels, 0..10000, total ≤ 100%), each with its own code.
      skuRates: z.record(z.string().regex(/^[0-9A-Za-z_-]{1,48}$/), ints.nullable()).refine((r) => Object.keys(r).length <= 50, { message: '规格过多' }),
    })
    .strict(),
};
