import { z } from 'zod';

/**
 * The fields of CloudBase's pay notify (WeChat Pay v2 notify, camelCased) that the shop relies on.
 * Other fields are allowed and ignored.
 */
export const payNotifySchema = z.object({
  returnCode: z.string(),
  resultCode: z.string(),
  outTradeNo: z.string().regex(/^[0-9A-Za-z_-]{1,32}$/),
  transactionId: z.string().min(1).max(64),
  totalFee: z.number().int().min(0),
  subMchId: z.string().optional(),
  subOpenid: z.string().optional(),
  timeEnd: z.string().optional(),
});

export type PayNotify = z.infer<typeof payNotifySchema>;

/** What the platform expects back: errcode 0 only once the order is safely updated; anything else is retried. */
export interface PayNotifyReply {
  errcode: number;
  errmsg: string;
}
