import { toFen } from '../../../../src/domain/money/fen';
import { afterActivityOrderPaid } from '../activities/after-activity-order-paid';
import type { FunctionContext } from '../../kernel/context';
import type { PaymentAlertDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import { noticeOrderPaid } from '../notices/notices';
import { markOrderPaid } from './mark-order-paid';
import { orderIdOfTradeNo } from './trade-no';

/** A payment WeChat Pay reports as made, from its notify or from a query by the reconcile job. */
export interface ReportedPayment {
  /** The order id, or a friend's own number for it (找人代付, trade-no.ts). */
  outTradeNo: string;
  transactionId: string;
  totalFen: number;
}

export type PaymentOutcome = 'PAID' | 'ALREADY_PAID' | 'UNKNOWN_ORDER' | 'AMOUNT_MISMATCH' | 'NEEDS_REFUND';

/**
 * The one path from "WeChat says this was paid" to a paid order: the amount must equal the order's; the order goes
 * PAID with its commission in one transaction (markOrderPaid); a repeat changes nothing (the order keeps the
 * transaction id, so no separate notify record is written). Refusals and money for an
 * order that can no longer take it become payment alerts for staff — among them a second payment of a paid order
 * (the buyer and a friend both paid): its own trade number is on the alert, to refund. The buyer's notice runs
 * after the transaction; grades do not move here (they move at settlement, once the order can no longer be refunded).
 */
export async function applyPayment(ctx: FunctionContext, payment: ReportedPayment): Promise<PaymentOutcome> {
  const order = await ctx.store.get(COLLECTIONS.orders, orderIdOfTradeNo(payment.outTradeNo));
  if (!order) {
    await raiseAlert(ctx, 'UNKNOWN_ORDER', payment, null);
    return 'UNKNOWN_ORDER';
  }
  if (payment.totalFen !== order.totalFen) {
    await raiseAlert(ctx, 'AMOUNT_MISMATCH', payment, order.totalFen);
    return 'AMOUNT_MISMATCH';
  }
  const result = await markOrderPaid(ctx, order, payment);
  if (result.outcome === 'NOT_PAYABLE') {
    // Money arrived for an order that can no longer take it (e.g. cancelled): staff refund it.
    await raiseAlert(ctx, 'UNPAYABLE_ORDER', payment, order.totalFen);
    return 'NEEDS_REFUND';
  }
  if (result.outcome === 'PAID') {
    await noticeOrderPaid(ctx, order, result.buyer);
    await afterActivityOrderPaid(ctx, order);
  }
  ctx.log.info('payment applied', { orderId: order._id, outcome: result.outcome, requestId: ctx.requestId });
  return result.outcome;
}

async function raiseAlert(ctx: FunctionContext, kind: PaymentAlertDoc['kind'], payment: ReportedPayment, expectedFen: number | null) {
  const alert: PaymentAlertDoc = {
    _id: `${kind}:${payment.transactionId}`,
    kind,
    orderId: orderIdOfTradeNo(payment.outTradeNo),
    outTradeNo: payment.outTradeNo,
    transactionId: payment.transactionId,
    expectedFen: expectedFen === null ? null : toFen(expectedFen),
    notifiedFen: toFen(payment.totalFen),
    createdAt: ctx.now.toISOString(),
  };
  await ctx.store.insert(COLLECTIONS.paymentAlerts, alert);
  ctx.log.error('payment alert', { kind, outTradeNo: payment.outTradeNo, requestId: ctx.requestId });
}
