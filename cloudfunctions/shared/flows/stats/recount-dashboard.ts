import type { DashboardView } from '../../../../src/contracts/finance';
import { sumFen, toFen } from '../../../../src/domain/money/fen';
import { periodStart, REPORT_PERIODS, summarizeSales } from '../../../../src/domain/report/summarize-sales';
import type { FunctionContext } from '../../kernel/context';
import { readPendingFen } from '../ledger/read-pending-fen';
import { readAll } from '../../kernel/paging/read-all';
import { COLLECTIONS } from '../../kernel/store/collections';
import { nicknamesOf } from '../users/nicknames-of';

/**
 * 经营数据 recounted from the records themselves — paid orders and commission entries of the last 30 Beijing days
 * scanned in capped pages (readAll, `complete` false past the cap), users and distributors counted, commission totals
 * summed over every balance and pending entry. What the daily statistics must always equal (the statistics property
 * test compares them); the dashboard itself reads the statistics.
 */
export async function recountDashboard(ctx: Pick<FunctionContext, 'store' | 'now'>): Promise<DashboardView> {
  const from30 = periodStart(ctx.now, 30).toISOString();
  const asc = (field: string) => [{ field, direction: 'asc' as const }, { field: '_id', direction: 'asc' as const }];
  const [orders, entries, pendingFen, availableFen, inWithdrawalFen, withdrawnFen] = await Promise.all([
    readAll((skip, limit) => ctx.store.find(COLLECTIONS.orders, { paidAt: { $gte: from30 } }, { skip, limit, orderBy: asc('paidAt') })),
    readAll((skip, limit) => ctx.store.find(COLLECTIONS.commissionEntries, { createdAt: { $gte: from30 } }, { skip, limit, orderBy: asc('createdAt') })),
    readPendingFen(ctx.store),
    // Totals over every balance in one aggregate read each, however many distributors there are.
    ctx.store.sum(COLLECTIONS.balances, {}, 'availableFen'),
    ctx.store.sum(COLLECTIONS.balances, {}, 'inWithdrawalFen'),
    ctx.store.sum(COLLECTIONS.balances, {}, 'withdrawnFen'),
  ]);

  const sales = summarizeSales(
    orders.docs.map((o) => ({
      paidAt: o.paidAt ?? '',
      totalFen: o.totalFen,
      refundedFen: sumFen(Object.values(o.afterSale ?? {}).map((a) => a.refundedFen)),
      lines: o.lines,
    })),
    ctx.now,
  );

  const periods = {} as DashboardView['periods'];
  for (const { key, days } of REPORT_PERIODS) {
    const from = periodStart(ctx.now, days).toISOString();
    const [newShoppers, newDistributors] = await Promise.all([
      ctx.store.count(COLLECTIONS.users, { createdAt: { $gte: from } }),
      ctx.store.count(COLLECTIONS.distributors, { status: { $in: ['ACTIVE', 'FROZEN'] }, since: { $gte: from } }),
    ]);
    periods[key] = { ...sales.periods[key], newShoppers, newDistributors };
  }

  // As deriveBalance counts: REVERSED entries nowhere (a reversed commission and its reversals net to zero),
  // clawbacks as the negative amounts they are.
  const earned = new Map<string, number>();
  for (const e of entries.docs) if (e.status !== 'REVERSED') earned.set(e.beneficiaryId, (earned.get(e.beneficiaryId) ?? 0) + e.amountFen);
  const top = [...earned.entries()].filter(([, fen]) => fen > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
  const names = await nicknamesOf(ctx.store, top.map(([id]) => id));

  return {
    generatedAt: ctx.now.toISOString(),
    periods,
    daily: sales.daily,
    topProducts: sales.topProducts,
    topDistributors: top.map(([userId, fen]) => ({ userId, nickname: names.get(userId) ?? userId, amountFen: toFen(fen) })),
    commission: {
      pendingFen,
      settledUnpaidFen: toFen(availableFen + inWithdrawalFen),
      paidOutFen: toFen(withdrawnFen),
    },
    complete: orders.complete && entries.complete,
  };
}
