import { z } from 'zod';
import { pageInput } from './page-input';

const PRODUCT_ID = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/);
/** Chosen by the client when it adds an address, so a retried save edits the same entry instead of adding another. */
const ADDRESS_ID = z.string().regex(/^[0-9A-Za-z_-]{6,40}$/);

/** Payload schemas of the member function (server side; the client imports only ./member). */
export const memberInputs = {
  setFavourite: z.object({ productId: PRODUCT_ID, on: z.boolean() }).strict(),
  listFavourites: z.object({ ...pageInput }).strict(),
  recordProductView: z.object({ productId: PRODUCT_ID }).strict(),
  listHistory: z.object({ ...pageInput }).strict(),
  clearHistory: z.object({}).strict(),
  listAddresses: z.object({}).strict(),
  saveAddress: z
    .object({
      addressId: ADDRESS_ID,
      name: z.string().trim().min(1).max(20),
      // The mobile rule itself is checked by the action, so a wrong number gets its own code (ADDRESS.PHONE_INVALID).
      phone: z.string().trim().max(20),
      region: z.string().trim().min(2).max(60),
      detail: z.string().trim().min(2).max(120),
      isDefault: z.boolean().optional(),
    })
    .strict(),
  deleteAddress: z.object({ addressId: ADDRESS_ID }).strict(),
  setDefaultAddress: z.object({ addressId: ADDRESS_ID }).strict(),
};
