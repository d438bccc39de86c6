import { z } from 'zod';
import { pageInput } from './page-input';

const storeId = z.string().regex(/^S[0-9A-Za-z]{8,24}$/);
const requestId = z.string().regex(/^[0-9A-Za-z_-]{8,64}$/);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');
/** Typed by the shopper: whole 分; the server checks > 0 and the store's limit (COUNTER.INVALID_AMOUNT / OVER_LIMIT). */
const fen = z.number().int().min(0).max(100_000_000);
const amounts = { billFen: fen, excludedFen: fen.default(0) };

const offer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('NONE') }).strict(),
  z.object({ kind: z.literal('TIERS'), tiers: z.array(z.object({ thresholdFen: z.number().int().min(1).max(100_000_000), reductionFen: z.number().int().min(1).max(100_000_000) }).strict()).min(1).max(5) }).strict(),
  z.object({ kind: z.literal('RATE'), payBps: z.number().int().min(1000).max(9999) }).strict(),
]);

/** Payload schemas of the 优惠买单 actions: shoppers' in the stores function, staff's in store-admin. */
export const counterInputs = {
  getCounter: z.object({ storeId }).strict(),
  quoteCounterBill: z.object({ storeId, ...amounts }).strict(),
  createCounterOrder: z.object({ requestId, storeId, ...amounts }).strict(),
};

export const counterAdminInputs = {
  getCounterSettings: z.object({ storeId }).strict(),
  saveCounterSettings: z
    .object({
      storeId,
      expectedVersion: z.number().int().min(0),
      settings: z
        .object({
          enabled: z.boolean(),
          offer,
          window: z.object({ from: hhmm, to: hhmm }).strict().nullable(),
          limitFen: z.number().int().min(1).max(100_000_000),
          paysCommission: z.boolean(),
        })
        .strict(),
    })
    .strict(),
  listCounterPayments: z.object({ storeId, ...pageInput }).strict(),
};
