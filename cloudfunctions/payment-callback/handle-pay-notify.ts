import { toFen } from '../../src/domain/money/fen';
import type { FunctionContext } from '../shared/context';
import type { OrderDoc, PaymentAlertDoc } from '../shared/docs';
import { COLLECTIONS } from '../shared/store/collections';
import { upgradeGradeIfDue } from '../shared/distribution/upgrade-grade-if-due';
import { markOrderPaid } from './mark-order-paid';
import { payNotifySchema, type PayNotify, type PayNotifyReply } from './pay-notify';

const PAY_CALLBACK_SOURCE = 'wx_paycallback';

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

  const order = await ctx.store.get<OrderDoc>(COLLECTIONS.orders, notify.outTradeNo);
  if (!order) {
    await raiseAlert(ctx, 'UNKNOWN_ORDER', notify, null);
    return { errcode: 404, errmsg: 'ORDER_NOT_FOUND' };
  }
  if (notify.totalFee !== order.totalFen) {
    await raiseAlert(ctx, 'AMOUNT_MISMATCH', notify, order.totalFen);
    return { errcode: 409, errmsg: 'AMOUNT_MISMATCH' };
  }
  const result = await markOrderPaid(ctx, order._id, notify);
  if (result.outcome === 'NOT_PAYABLE') {
    // Money arrived for an order that can no longer take it (e.g. cancelled): acknowledge, and staff refund it.
    await raiseAlert(ctx, 'UNPAYABLE_ORDER', notify, order.totalFen);
    return { errcode: 0, errmsg: 'NEEDS_REFUND' };
  }
  if (result.outcome === 'PAID') {
    // Counters moved: the buyer (own spend, orders) and their superior (paying downlines) may reach a new grade.
    for (const userId of [result.buyerId, result.superiorId]) if (userId) await upgradeGradeIfDue(ctx.store, userId, result.policy);
  }
  ctx.log.info('pay notify', { orderId: order._id, outcome: result.outcome, requestId: ctx.requestId });
  return { errcode: 0, errmsg: result.outcome };
}

async function raiseAlert(ctx: FunctionContext, kind: PaymentAlertDoc['kind'], notify: PayNotify, expectedFen: number | null) {
  const alert: PaymentAlertDoc = {
    _id: `${kind}:${notify.transactionId}`,
    kind,
    orderId: notify.outTradeNo,
    transactionId: notify.transactionId,
    expectedFen: expectedFen === null ? null : toFen(expectedFen),
    notifiedFen: toFen(notify.totalFee),
    createdAt: ctx.now.toISOString(),
  };
  await ctx.store.insert(COLLECTIONS.paymentAlerts, alert);
  ctx.log.error('payment alert', { kind, orderId: notify.outTradeNo, requestId: ctx.requestId });
}
