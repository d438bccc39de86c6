import type { FunctionContext } from '../shared/kernel/context';
import { applyPayment, type PaymentOutcome } from '../shared/flows/payments/apply-payment';
import { payNotifySchema, type PayNotifyReply } from './pay-notify';

const PAY_CALLBACK_SOURCE = 'wx_paycallback';

/** errcode 0 tells WeChat to stop retrying: only once the order is safely updated, or nothing more can be done. */
const REPLIES: Record<PaymentOutcome, PayNotifyReply> = {
  PAID: { errcode: 0, errmsg: 'PAID' },
  ALREADY_PAID: { errcode: 0, errmsg: 'ALREADY_PAID' },
  NEEDS_REFUND: { errcode: 0, errmsg: 'NEEDS_REFUND' },
  UNKNOWN_ORDER: { errcode: 404, errmsg: 'ORDER_NOT_FOUND' },
  AMOUNT_MISMATCH: { errcode: 409, errmsg: 'AMOUNT_MISMATCH' },
};

/**
 * The pay notify: only the platform's pay callback may invoke it; the amount must equal the order's; a repeated
 * notify for a paid order is acknowledged without any change. Refusals are recorded as payment alerts for staff.
 */
export async function handlePayNotify(event: unknown, ctx: FunctionContext): Promise<PayNotifyReply> {
  if (ctx.source !== PAY_CALLBACK_SOURCE) {
    ctx.log.error('pay notify from a wrong source', { source: ctx.source, requestId: ctx.requestId });
    return { errcode: 403, errmsg: 'FORBIDDEN_SOURCE' };
  }
  const parsed = payNotifySchema.safeParse(event);
  if (!parsed.success) {
    ctx.log.error('malformed pay notify', { requestId: ctx.requestId, issues: parsed.error.issues.length });
    return { errcode: 400, errmsg: 'INVALID_NOTIFY' };
  }
  const notify = parsed.data;
  if (notify.returnCode !== 'SUCCESS' || notify.resultCode !== 'SUCCESS') return { errcode: 0, errmsg: 'IGNORED_UNPAID' };
  const outcome = await applyPayment(ctx, { outTradeNo: notify.outTradeNo, transactionId: notify.transactionId, totalFen: notify.totalFee });
  return REPLIES[outcome];
}
