import { z } from 'zod';
import { CUSTOMER_NOTE_LENGTH_MAX, CUSTOMER_TAG_LENGTH_MAX, CUSTOMER_TAG_MAX } from './customer-limits';
import { pageInput } from './page-input';

const userId = z.string().min(1).max(128);
const tag = z.string().trim().min(1, '标签不能为空').max(CUSTOMER_TAG_LENGTH_MAX, `标签最多 ${CUSTOMER_TAG_LENGTH_MAX} 个字`);
const fen = z.number().int().min(0).max(9_999_999_999);

const filterShape = {
  tag: tag.optional(),
  minSpendFen: fen.optional(),
  maxSpendFen: fen.optional(),
  hasSuperior: z.boolean().optional(),
};
const spendOrdered = (f: { minSpendFen?: number; maxSpendFen?: number }) => f.minSpendFen === undefined || f.maxSpendFen === undefined || f.minSpendFen <= f.maxSpendFen;
const spendMessage = { message: '最低消费不能高于最高消费' };

/** Payload schemas of the customer-admin function (server side; the client imports only ./customer-admin). */
export const customerAdminInputs = {
  listCustomers: z.object({ ...filterShape, ...pageInput }).strict().refine(spendOrdered, spendMessage),
  getCustomer: z.object({ userId }).strict(),
  setCustomerTags: z
    .object({
      userId,
      tags: z.array(tag).max(CUSTOMER_TAG_MAX, `最多 ${CUSTOMER_TAG_MAX} 个标签`),
      expectedVersion: z.number().int().min(0),
    })
    .strict(),
  addCustomerNote: z
    .object({
      requestId: z.string().regex(/^[0-9A-Za-z_-]{8,64}$/),
      userId,
      text: z.string().trim().min(1, '备注不能为空').max(CUSTOMER_NOTE_LENGTH_MAX, `备注最多 ${CUSTOMER_NOTE_LENGTH_MAX} 个字`),
    })
    .strict(),
  exportCustomers: z.object(filterShape).strict().refine(spendOrdered, spendMessage),
};
