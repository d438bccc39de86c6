import { z } from 'zod';

/** Payload schemas of the distributor function (server side; the client imports only ./distributor). */
export const shareTargetInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shop') }).strict(),
  z.object({ kind: z.literal('product'), productId: z.string().min(1).max(64) }).strict(),
]);

export const distributorInputs = {
  becomeDistributor: z.object({}).strict(),
  getMyPanel: z.object({}).strict(),
  createShareCode: z.object({ target: shareTargetInput }).strict(),
};
