import { z } from 'zod';
import { pageInput } from './page-input';

/** Payload schemas of the commission function (server side; the client imports only ./commission). */
export const commissionInputs = {
  getMyBalance: z.object({}).strict(),
  listMyEntries: z.object({ ...pageInput }).strict(),
};
