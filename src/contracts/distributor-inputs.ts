import { z } from 'zod';

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
};
