import { z } from 'zod';

/** Offset paging: `cursor` is how many items the client already has. */
export const pageInput = {
  cursor: z.number().int().min(0).max(100000).optional(),
  limit: z.number().int().min(1).max(50).optional(),
};
