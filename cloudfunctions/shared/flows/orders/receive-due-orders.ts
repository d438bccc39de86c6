import { writeAudit } from '../auth/write-audit';
import type { FunctionContext } from '../../kernel/context';
import type { OrderDoc } from '../../kernel/docs/docs';
import { isolate } from '../../kernel/jobs/isolate';
import { autoReceiveDaysOf, getMerchantSettings } from '../merchant/get-merchant-settings';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Filter } from '../../kernel/store/store';
import { receiptPatch } from './receipt-patch';
import { moveStatus } from '../../kernel/store/move-status';
import { orderLifecycle } from '../../../../src/domain/order/order-lifecycle';

export const AUTO_RECEIPT_BATCH = 50;
/** The actor of the automatic receipt in the audit log. */
export const AUTO_RECEIPT_ACTOR = 'system:auto-receipt';

export interface AutoReceiptRun {
  received: number;
  skippedOpenAfterSale: number;
  batches: number;
}

type TimerContext = Pick<FunctionContext, 'store' | 'now' | 'log' | 'requestId'>;

const hasOpenAfterSale = (order: OrderDoc) => Object.values(order.afterSale ?? {}).some((a) => a.open !== null);

/**
 * 自动确认收货: SHIPPED orders whose automatic receipt has come (fixed at shipment; orders shipped before it existed:
 * the shop's days after shipment) become RECEIVED exactly as the buyer's confirmReceipt would do it — the after-sale
 * window and the freeze period start now — audited as the system. Bounded batches, oldest due first, one compare-and-
 * set per order (a re-run or a buyer confirming meanwhile changes nothing twice), each order isolated. An order with
 * an open after-sale request is stepped over: it is received on the first run after the request is decided.
 */
export async function receiveDueOrders(ctx: TimerContext, options: { batchSize?: number; maxBatches?: number } = {}): Promise<AutoReceiptRun> {
  const batchSize = options.batchSize ?? AUTO_RECEIPT_BATCH;
  const run: AutoReceiptRun = { received: 0, skippedOpenAfterSale: 0, batches: 0 };
  const settings = await getMerchantSettings(ctx.store);
  const nowIso = ctx.now.toISOString();
  const legacyShippedBefore = new Date(ctx.now.getTime() - autoReceiveDaysOf(settings) * 86_400_000).toISOString();
  const passes: Array<{ filter: Filter; orderBy: string }> = [
    { filter: { status: 'SHIPPED', autoReceiveAt: { $lte: nowIso } }, orderBy: 'autoReceiveAt' },
    { filter: { status: 'SHIPPED', autoReceiveAt: null, shippedAt: { $lte: legacyShippedBefore } }, orderBy: 'shippedAt' },
  ];
  for (const pass of passes) {
    let stepOver = 0;
    while (run.batches < (options.maxBatches ?? 1000)) {
      const due = await ctx.store.find(COLLECTIONS.orders, pass.filter, { skip: stepOver, limit: batchSize, orderBy: [{ field: pass.orderBy, direction: 'asc' }] });
      if (due.length === 0) break;
      run.batches += 1;
      for (const order of due) {
        if (hasOpenAfterSale(order)) {
          stepOver += 1;
          run.skippedOpenAfterSale += 1;
          continue;
        }
        let received = false;
        const done = await isolate(ctx, 'auto-receipt', order._id, async () => (received = await receiveOne(ctx, order, settings.afterSaleDays)));
        // Anything not received now (changed meanwhile, or failed) is stepped over: a later run sees it again.
        if (done && received) run.received += 1;
        else stepOver += 1;
      }
    }
  }
  ctx.log.info('auto receipt run', { ...run });
  return run;
}

async function receiveOne(ctx: TimerContext, seen: OrderDoc, afterSaleDays: number): Promise<boolean> {
  return ctx.store.runTransaction(async (tx) => {
    const order = await tx.get(COLLECTIONS.orders, seen._id);
    // The buyer confirmed, extended, asked for after-sale or staff refunded it meanwhile: leave it to the next run.
    if (!order || order.status !== 'SHIPPED' || (order.autoReceiveAt ?? null) !== (seen.autoReceiveAt ?? null) || hasOpenAfterSale(order)) return false;
    const receipt = receiptPatch(order, ctx.now.toISOString(), afterSaleDays, 'SYSTEM');
    const moved = await moveStatus(tx, { collection: COLLECTIONS.orders, id: order._id, lifecycle: orderLifecycle, from: order.status, to: 'RECEIVED', expected: { autoReceiveAt: order.autoReceiveAt ?? null }, patch: receipt });
    if (!moved) return false;
    await writeAudit(tx, ctx, { actorId: AUTO_RECEIPT_ACTOR, action: 'autoReceive', target: order._id, before: { status: order.status, autoReceiveAt: order.autoReceiveAt ?? null }, after: { status: 'RECEIVED', ...receipt } });
    return true;
  });
}
