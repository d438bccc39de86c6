import { isAfterSaleWindowOpen } from '../../../../src/domain/after-sale/after-sale-window';
import { keepsAnything, keptSpendFen } from '../../../../src/domain/order/kept-spend';
import type { FunctionContext } from '../../kernel/context';
import type { OrderDoc } from '../../kernel/docs/docs';
import { applyBalanceChange, mergeBalanceChanges } from '../ledger/apply-balance-change';
import { applyStatsChange, incrementStats } from '../ledger/apply-stats-change';
import { shanghaiDay } from '../../../../src/domain/shared/shanghai-day';
import { recordStats } from '../stats/record-stats';
import { COLLECTIONS } from '../../kernel/store/collections';
import { moveStatus } from '../../kernel/store/move-status';
import { entryLifecycleOf } from '../../../../src/domain/commission/commission-entry-lifecycle';
import { orderLifecycle } from '../../../../src/domain/order/order-lifecycle';

export type SettleOrderOutcome = { outcome: 'SETTLED'; entries: number; beneficiaries: string[]; buyerId: string } | { outcome: 'OPEN_AFTER_SALE' | 'NOT_DUE' | 'CHANGED' };

const hasOpenAfterSale = (order: OrderDoc) => Object.values(order.afterSale ?? {}).some((a) => a.open !== null);

/**
 * Settles one received order whose freeze period and after-sale window have passed: every PENDING entry (commissions and the reversals
 * that travel with them) → SETTLED, balances pending → settled, the order RECEIVED → COMPLETED, and what the buyer
 * kept of it added to their completed counters (the ones grades read), all in one transaction guarded by
 * compare-and-set — so a crash or a second run settles nothing twice.
 */
export async function settleOrderCommission(ctx: Pick<FunctionContext, 'store' | 'now'>, orderId: string, afterSaleDays: number): Promise<SettleOrderOutcome> {
  const nowIso = ctx.now.toISOString();
  const order = await ctx.store.get(COLLECTIONS.orders, orderId);
  if (!order || order.status !== 'RECEIVED' || !order.settleAfter || order.settleAfter > nowIso) return { outcome: 'NOT_DUE' };
  // Orders received before the window was fixed at receipt may carry an earlier settleAfter: the window still holds them.
  if (isAfterSaleWindowOpen(order, nowIso, afterSaleDays)) return { outcome: 'NOT_DUE' };
  if (hasOpenAfterSale(order)) return { outcome: 'OPEN_AFTER_SALE' };
  const pending = await ctx.store.find(COLLECTIONS.commissionEntries, { orderId, status: 'PENDING' }, { limit: 1000 });
  const afterSaleSeen = JSON.stringify(order.afterSale ?? {});

  return ctx.store.runTransaction(async (tx): Promise<SettleOrderOutcome> => {
    const current = await tx.get(COLLECTIONS.orders, orderId);
    // A refund between the query above and now would have added entries this run did not see: leave it to the next run.
    if (!current || current.status !== 'RECEIVED' || JSON.stringify(current.afterSale ?? {}) !== afterSaleSeen) return { outcome: 'CHANGED' };
    const changes: Array<{ userId: string; change: { settledFen: number } }> = [];
    for (const entry of pending) {
      const moved = await moveStatus(tx, { collection: COLLECTIONS.commissionEntries, id: entry._id, lifecycle: entryLifecycleOf(entry.kind), from: 'PENDING', to: 'SETTLED', patch: { settledAt: nowIso } });
      if (!moved) continue;
      changes.push({ userId: entry.beneficiaryId, change: { settledFen: entry.amountFen } });
    }
    const merged = mergeBalanceChanges(changes);
    for (const [userId, change] of merged) {
      await applyBalanceChange(tx, userId, change, nowIso);
      await applyStatsChange(tx, userId, { settledCommissionFen: change.settledFen ?? 0 });
    }
    const completed = await moveStatus(tx, { collection: COLLECTIONS.orders, id: orderId, lifecycle: orderLifecycle, from: 'RECEIVED', to: 'COMPLETED', patch: { commissionSettledAt: nowIso } });
    if (!completed) throw new Error(`order ${orderId} changed inside its settlement transaction`);
    // The day's statistics: the settled commission leaves pending for settled (an order the statistics have not
    // counted yet is counted by their migration, as it then stands).
    const settledFen = changes.reduce((sum, c) => sum + c.change.settledFen, 0);
    if (current.inStats && changes.length) await recordStats(tx, new Map([[shanghaiDay(ctx.now), { pendingDeltaFen: -settledFen, settledDeltaFen: settledFen }]]));
    if (keepsAnything(current.lines, current.afterSale)) {
      await incrementStats(tx, current.buyerId, { completedOrderCount: 1, completedSpendFen: keptSpendFen(current, current.afterSale) });
    }
    return { outcome: 'SETTLED', entries: changes.length, beneficiaries: [...merged.keys()], buyerId: current.buyerId };
  });
}
