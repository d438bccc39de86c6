import { friendTradeNosOf } from '../activities/friend-trade-nos-of';
import type { FunctionContext } from '../../kernel/context';
import type { OrderDoc } from '../../kernel/docs/docs';
import { isolate } from '../../kernel/jobs/isolate';
import { limitConcurrency } from '../../kernel/jobs/limit-concurrency';
import { closeThenCancel } from '../orders/close-then-cancel';
import { COLLECTIONS } from '../../kernel/store/collections';
import { applyPayment, type PaymentOutcome } from './apply-payment';
import { RECONCILE_CURSOR_ID } from '../../kernel/docs/merchant-docs';

/** An order unpaid this long is worth asking WeChat about: its notify may have been lost. */
export const RECONCILE_AFTER_MS = 5 * 60_000;
const BATCH = 100;
/** Orders one run asks WeChat Pay about at most, which bounds its store operations and calls whatever the backlog. */
export const RECONCILE_MAX_PER_RUN = 2_000;
/** Of the function's 60 s, what a run spends before it leaves the rest to the next (every 5 minutes). */
export const RECONCILE_RUN_BUDGET_MS = 40_000;
/** WeChat Pay calls in flight at once: its latency, not the database, is what a big backlog waits on. */
const PAY_CALLS_IN_FLIGHT = 8;

export interface ReconcileReport {
  checked: number;
  paid: number;
  cancelled: number;
  alerts: number;
  errors: number;
}

/**
 * The pay notify may never arrive ("如果在所有通知频率后没有收到微信侧回调，商户应调用查询订单接口", facts §4).
 * For PENDING_PAY orders older than RECONCILE_AFTER_MS: WeChat says paid → the same applyPayment path as the notify;
 * past the pay deadline and unpaid (NOTPAY, never created, closed) → close it at WeChat Pay, then cancel it with its
 * stock returned. A friend's own trade numbers for the order (找人代付) are asked about and closed too. Each order is
 * handled on its own: one failure is logged, recorded for staff (isolate) and left for the next run.
 *
 * Batches walk the due orders by id from a stored cursor and wrap around at the end, so orders WeChat keeps giving
 * no answer about cannot hold the walk. A run goes on batch after batch until it has asked about `maxOrders`, spent
 * its time budget or reached the end of the walk (it never wraps: what WeChat could not answer waits for the next
 * run), so a backlog of N drains in ⌈N / maxOrders⌉ runs. WeChat Pay is asked about several orders at once; the
 * store's side of each (payment or cancellation) runs one at a time, so orders of one SKU never contend.
 */
export async function reconcileUnpaidOrders(
  ctx: FunctionContext,
  options: { maxOrders?: number; budgetMs?: number } = {},
): Promise<ReconcileReport> {
  const maxOrders = options.maxOrders ?? RECONCILE_MAX_PER_RUN;
  const deadline = performance.now() + (options.budgetMs ?? RECONCILE_RUN_BUDGET_MS);
  const olderThan = new Date(ctx.now.getTime() - RECONCILE_AFTER_MS).toISOString();
  const report: ReconcileReport = { checked: 0, paid: 0, cancelled: 0, alerts: 0, errors: 0 };
  const payCall = limitConcurrency(PAY_CALLS_IN_FLIGHT);
  const storeTurn = limitConcurrency(1);
  let afterId = (await ctx.store.get(COLLECTIONS.merchant, RECONCILE_CURSOR_ID))?.afterId ?? null;
  while (report.checked < maxOrders && performance.now() < deadline) {
    const limit = Math.min(BATCH, maxOrders - report.checked);
    const orders = await ctx.store.find(
      COLLECTIONS.orders,
      { status: 'PENDING_PAY', createdAt: { $lt: olderThan }, ...(afterId ? { _id: { $gt: afterId } } : {}) },
      { limit, orderBy: [{ field: '_id', direction: 'asc' }] },
    );
    const atEnd = orders.length < limit;
    const next = atEnd ? null : orders[orders.length - 1]!._id;
    await saveCursor(ctx, next, afterId);
    const friendNos = await friendTradeNosOf(ctx.store, orders.map((o) => o._id));
    await Promise.all(orders.map((order) => reconcileOne(ctx, order, friendNos.get(order._id) ?? [], report, { payCall, storeTurn })));
    afterId = next;
    if (atEnd) break;
  }
  ctx.log.info('reconcile', { ...report, requestId: ctx.requestId });
  return report;
}

type Turns = { payCall: ReturnType<typeof limitConcurrency>; storeTurn: ReturnType<typeof limitConcurrency> };

async function reconcileOne(ctx: FunctionContext, order: OrderDoc, friendNos: readonly string[], report: ReconcileReport, turns: Turns): Promise<void> {
  report.checked += 1;
  const nowIso = ctx.now.toISOString();
  const done = await isolate(ctx, 'reconcile', order._id, async () => {
    // The order id, then any friend's own number for it (找人代付): each is a separate payment at WeChat.
    const tradeNos = [order._id, ...friendNos];
    const answers = await Promise.all(tradeNos.map((outTradeNo) => turns.payCall(() => ctx.platform.queryOrder({ outTradeNo }))));
    let paid = false;
    for (const [i, answer] of answers.entries()) {
      if (answer.state !== 'PAID') continue;
      // Every number that was paid is applied: a second payment of the order becomes an alert to refund it.
      const payment = { outTradeNo: tradeNos[i]!, transactionId: answer.transactionId, totalFen: answer.totalFen };
      const outcome: PaymentOutcome = await turns.storeTurn(() => applyPayment(ctx, payment));
      if (outcome === 'PAID' || outcome === 'ALREADY_PAID') paid = true;
      else report.alerts += 1;
    }
    const answeredPaid = answers.some((a) => a.state === 'PAID');
    const unsure = answers.some((a) => a.state === 'UNKNOWN');
    if (paid) report.paid += 1;
    else if (order.payDeadline <= nowIso && !answeredPaid && !unsure) {
      // Closed first: once WeChat refuses payment under every number, cancelling cannot race a late payment.
      await closeThenCancel(ctx, order, tradeNos, turns);
      report.cancelled += 1;
    }
  });
  if (!done) report.errors += 1;
}

/** Last writer wins: two overlapping runs at worst visit a batch twice, which every step tolerates. */
async function saveCursor(ctx: FunctionContext, afterId: string | null, previous: string | null): Promise<void> {
  if (afterId === previous) return;
  if (!(await ctx.store.update(COLLECTIONS.merchant, RECONCILE_CURSOR_ID, {}, { afterId }))) {
    await ctx.store.insert(COLLECTIONS.merchant, { _id: RECONCILE_CURSOR_ID, afterId });
  }
}
