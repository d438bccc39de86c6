import { z } from 'zod';
import { WITHDRAWAL_METHODS, type WithdrawalMethod } from '../domain/distribution/distribution-policy';
import { pageInput } from './page-input';

/** Whole 分, positive, and exact as a JS number. */
const amountFen = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const method = z.enum(WITHDRAWAL_METHODS as [WithdrawalMethod, ...WithdrawalMethod[]]);

const requestWithdrawal = z
  .object({
    /** Idempotency key: the withdrawal id is derived from (caller, requestId). */
    requestId: z.string().regex(/^[0-9A-Za-z_-]{8,64}$/),
    amountFen,
    method,
    account: z.string().trim().max(64),
  })
  .strict()
  // WeChat change goes to the caller's own openid; the other methods need somewhere to send the money.
  .refine((p) => p.method === 'WECHAT_CHANGE' || p.account.length > 0, { message: '请填写收款账户', path: ['account'] });

/** Payload schemas of the commission function (server side; the client imports only ./commission). */
export const commissionInputs = {
  getMyBalance: z.object({}).strict(),
  listMyEntries: z.object({ ...pageInput }).strict(),
  quoteWithdrawal: z.object({ amountFen, method }).strict(),
  requestWithdrawal,
  listMyWithdrawals: z.object({ ...pageInput }).strict(),
  listMySkips: z.object({ ...pageInput }).strict(),
  getMyEarningsChart: z.object({ days: z.union([z.literal(7), z.literal(30)]) }).strict(),
  getWithdrawalRules: z.object({}).strict(),
};
