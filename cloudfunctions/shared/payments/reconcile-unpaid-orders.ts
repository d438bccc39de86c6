import { friendTradeNosOf } from '../activities/friend-trade-nos-of';
import type { FunctionContext } from '../context';
import type { OrderDoc } from '../docs';
import { isolate } from '../jobs/isolate';
import { closeThenCancel } from '../orders/close-then-cancel';
import { COLLECTIONS } from '../store/collections';
import { applyPayment, type PaymentOutcome } from './apply-payment';

/** An order unpaid this long is worth asking WeChat about: its notify may have been lost. */
export const RECONCILE_AFTER_MS = 5 * 60_000;
const BATCH = 100;

export interface ReconcileReport {
  checked: number;
  paid: number;
  cancelled: number;
  alerts: number;
  errors: number;
}

/**
 * The pay notify may never arrive ("如果在所有通知频率后没有收到微信侧回调，商户应调用查询订单接口", facts §4).
 * For PENDING_PAY orders older than RECONCILE_AFTER_MS, one batch per run: WeChat says paid → the same
 * applyPayment path as the notify; past the pay deadline and unpaid (NOTPAY, never created, closed) → close it at
 * WeChat Pay, then cancel it with its stock returned. A friend's own trade numbers for the order (找人代付) are
 * asked about and closed too. Each order is handled on its own: one failure is logged, recorded for staff (isolate) and left for the next run.
 *
 * Batches walk the due orders by id from a stored cursor and wrap around at the end, so orders WeChat keeps giving
 * no answer about cannot hold the batch: every due order is reached within ⌈due / BATCH⌉ + 1 runs.
 */
export async function reconcileUnpaidOrders(ctx: FunctionContext): Promise<ReconcileReport> {
  const nowIso = ctx.now.toISOString();
  const olderThan = new Date(ctx.now.getTime() - RECONCILE_AFTER_MS).toISOString();
  const afterId = (await ctx.store.get<ReconcileCursorDoc>(COLLECTIONS.merchant, RECONCILE_CURSOR_ID))?.afterId ?? null;
  const orders = await ctx.store.find<OrderDoc>(
    COLLECTIONS.orders,
    { status: 'PENDING_PAY', createdAt: { $lt: olderThan }, ...(afterId ? { _id: { $gt: afterId } } : {}) },
    { limit: BATCH, orderBy: [{ field: '_id', direction: 'asc' }] },
  );
  await saveCursor(ctx, orders.length < BATCH ? null : orders[orders.length - 1]!._id, afterId);
  const friendNos = await friendTradeNosOf(ctx.store, orders.map((o) => o._id));
  const report: ReconcileReport = { checked: 0, paid: 0, cancelled: 0, alerts: 0, errors: 0 };
  for (const order of orders) {
    report.checked += 1;
    const done = await isolate(ctx, 'reconcile', order._id, async () => {
      // The order id, then any friend's own number for it (找人代付): each is a separate payment at WeChat.
      const tradeNos = [order._id, ...(friendNos.get(order._id) ?? [])];
      let paid = false;
      let answeredPaid = false;
      let unsure = false;
      for (const outTradeNo of tradeNos) {
        const answer = await ctx.platform.queryOrder({ outTradeNo });
        if (answer.state === 'UNKNOWN') unsure = true;
        if (answer.state !== 'PAID') continue;
        answeredPaid = true;
        // Every number that was paid is applied: a second payment of the order becomes an alert to refund it.
        const outcome: PaymentOutcome = await applyPayment(ctx, { outTradeNo, transactionId: answer.transactionId, totalFen: answer.totalFen });
        if (outcome === 'PAID' || outcome === 'ALREADY_PAID') paid = true;
        else report.alerts += 1;
      }
      if (paid) report.paid += 1;
      else if (order.payDeadline <= nowIso && !answeredPaid && !unsure) {
        // Closed first: once WeChat refuses payment under every number, cancelling cannot race a late payment.
        await closeThenCancel(ctx, order, tradeNos);
        report.cancelled += 1;
      }
    });
    if (!done) report.errors += 1;
  }
  ctx.log.info('reconcile', { ...report, requestId: ctx.requestId });
  return report;
}

const RECONCILE_CURSOR_ID = 'reconcile-cursor';

/** Where the next reconcile batch starts: after this order id (null: from the first due order). */
interface ReconcileCursorDoc {
  _id: typeof RECONCILE_CURSOR_ID;
  afterId: string | null;
}

/** Last writer wins: two overlapping runs at worst visit a batch twice, which every step tolerates. */
async function saveCursor(ctx: FunctionContext, afterId: string | null, previous: string | null): Promise<void> {
  if (afterId === previous) return;
  if (!(await ctx.store.update(COLLECTIONS.merchant, RECONCILE_CURSOR_ID, {}, { afterId }))) {
    await ctx.store.insert<ReconcileCursorDoc>(COLLECTIONS.merchant, { _id: RECONCILE_CURSOR_ID, afterId });
  }
}
