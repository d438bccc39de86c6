import { z } from 'zod';

const iso = z.string().datetime({ offset: true });

/** Payload schemas of the 集点卡 actions: the shopper's in marketing, staff's in marketing-admin. */
export const stampCardInputs = {
  listMyStampCards: z.object({}).strict(),
};

export const stampCardAdminInputs = {
  listStampCards: z.object({}).strict(),
  saveStampCard: z
    .object({
      requestId: z.string().regex(/^[0-9A-Za-z_-]{8,64}$/),
      name: z.string().trim().min(1).max(30),
      goal: z.number().int().min(2).max(50),
      rewardTemplateId: z.string().min(1).max(64),
      productIds: z.array(z.string().min(1).max(64)).max(50),
      perPickup: z.boolean(),
      counterMinFen: z.number().int().min(1).max(100_000_000).nullable(),
      startAt: iso,
      endAt: iso,
    })
    .strict(),
  stopStampCard: z.object({ cardId: z.string().regex(/^K[0-9A-Za-z]{8,24}$/) }).strict(),
};
