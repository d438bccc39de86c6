import { failWith } from '../../../../src/domain/shared/domain-error';
import { ORDERS_ERRORS, type RefundResult } from '../../../../src/contracts/orders';
import { reverseForRefund } from '../../../../src/domain/commission/reverse-for-refund';
import { toFen } from '../../../../src/domain/money/fen';
import { isRefundedInFull, keepsAnything, keptSpendFen } from '../../../../src/domain/order/kept-spend';
import { writeAudit } from '../auth/write-audit';
import type { UserContext } from '../../kernel/context';
import type { CommissionEntryDoc, OrderDoc, RefundDoc } from '../../kernel/docs/docs';
import { applyBalanceChange, mergeBalanceChanges, type BalanceChange } from '../ledger/apply-balance-change';
import { applyStatsChange, type StatsChange } from '../ledger/apply-stats-change';
import { reversePointsForRefund } from '../marketing/order-promotions';
import { takeBackStamps } from '../stamps/take-back-stamps';
import { findLine, lineAfterSale } from '../orders/find-line';
import { toOrderView } from '../orders/to-order-view';
import { stableId } from '../scenes/scene-id';
import { recordRefundStats } from '../stats/record-refund-stats';
import { COLLECTIONS } from '../../kernel/store/collections';
import { refundFenForUnits } from '../../../../src/domain/order/refund-fen-for-units';
import { resolveAfterSaleByRefund } from '../after-sales/resolve-after-sale-by-refund';
import { sendRefundToChannel } from './send-refund-to-channel';
import { toDomainEntry } from './to-domain-entry';
import { isBeingSettled } from '../settlement/is-being-settled';
import { moveStatus } from '../../kernel/store/move-status';
import { entryLifecycleOf } from '../../../../src/domain/commission/commission-entry-lifecycle';
import { orderLifecycle } from '../../../../src/domain/order/order-lifecycle';
import { isRefundableOrder } from '../../../../src/domain/order/order-status-groups';
import { refundIdFor } from '../../../../src/domain/order/refund-id';

export interface RefundLineInput {
  requestId: string;
  orderId: string;
  lineId: string;
  units: number;
  fen?: number;
  reason: string;
  /** The after-sale request this refund answers: it becomes REFUNDED in the refund's transaction, or nothing is written. */
  afterSaleId?: string;
}

/**
 * Refunds part or all of one paid line. Commission follows by the domain rule (reverseForRefund): still-pending
 * commission gets REVERSAL entries, settled commission a CLAWBACK; balances, the buyer's spend and the line's
 * refunded totals change in the same transaction, which first re-checks that nothing it computed from has moved.
 * The refund id comes from the staff member's request id, so a retried submit refunds once. After the commit the
 * refund goes to WeChat Pay (sendRefundToChannel) with that id as out_refund_no.
 */
export async function refundOrderLine(ctx: UserContext, input: RefundLineInput): Promise<RefundResult> {
  const refundId = refundIdFor(stableId, input.orderId, input.lineId, input.requestId);
  const existing = await ctx.store.get(COLLECTIONS.refunds, refundId);
  const order = await ctx.store.get(COLLECTIONS.orders, input.orderId);
  if (!order) throw failWith(ORDERS_ERRORS.NOT_FOUND, '订单不存在');
  if (existing) {
    // A retry of a refund whose money side failed or never ran re-sends it with the same refund number.
    await sendRefundToChannel(ctx, refundId);
    return { refundId, fen: existing.fen, units: existing.units, order: toOrderView(order) };
  }
  if (!isRefundableOrder(order.status)) throw failWith(ORDERS_ERRORS.NOT_REFUNDABLE, '该订单未付款或已取消，无需退款');

  const line = findLine(order, input.lineId);
  const before = lineAfterSale(order, line.lineId);
  if (input.units > line.quantity - before.refundedUnits) throw failWith(ORDERS_ERRORS.REFUND_EXCEEDS_LINE);
  const fen = toFen(input.fen ?? refundFenForUnits(line, before.refundedUnits, input.units));
  if (fen <= 0 || fen > line.amountFen - before.refundedFen) throw failWith(ORDERS_ERRORS.REFUND_EXCEEDS_LINE, '退款金额超过该商品剩余实付金额');

  const entryDocs = await ctx.store.find(COLLECTIONS.commissionEntries, { lineId: line.lineId }, { limit: 200 });
  const reversal = reverseForRefund({
    line: { lineId: line.lineId, paidFen: line.amountFen, quantity: line.quantity },
    entries: entryDocs.map(toDomainEntry),
    refundedBefore: { fen: before.refundedFen, units: before.refundedUnits },
    refund: { refundId, fen, units: input.units },
  });
  const nowIso = ctx.now.toISOString();
  const parents = new Map(entryDocs.map((d) => [d._id, d]));

  const saved = await ctx.store.runTransaction(async (tx) => {
    if (await tx.get(COLLECTIONS.refunds, refundId)) return null;
    const current = await tx.get(COLLECTIONS.orders, order._id);
    const now = current && lineAfterSale(current, line.lineId);
    if (!current || !now || now.refundedFen !== before.refundedFen || now.refundedUnits !== before.refundedUnits || current.status !== order.status) {
      throw failWith(ORDERS_ERRORS.BUSY, '订单刚刚发生变化，请重试');
    }
    if (await isBeingSettled(tx, current)) throw failWith(ORDERS_ERRORS.BUSY, '该订单佣金正在结算，请稍后重试');
    // The corrections were computed from these statuses; settlement must not have moved them meanwhile.
    for (const doc of entryDocs) {
      const fresh = await tx.get(COLLECTIONS.commissionEntries, doc._id);
      if (fresh?.status !== doc.status) throw failWith(ORDERS_ERRORS.BUSY, '佣金刚刚结算，请重试');
    }

    const changes: Array<{ userId: string; change: BalanceChange }> = [];
    const created: CommissionEntryDoc[] = [];
    for (const c of reversal.corrections) {
      const parent = parents.get(c.parentEntryId ?? '');
      const doc: CommissionEntryDoc = {
        _id: c.id,
        kind: c.kind,
        status: c.status,
        orderId: order._id,
        lineId: line.lineId,
        buyerId: order.buyerId,
        beneficiaryId: c.beneficiaryId,
        level: c.level,
        amountFen: c.amountFen,
        parentEntryId: c.parentEntryId,
        basis: null,
        baseFen: line.amountFen,
        quantity: line.quantity,
        productTitle: parent?.productTitle ?? line.title,
        createdAt: nowIso,
        settledAt: c.status === 'SETTLED' ? nowIso : null,
      };
      await tx.insert(COLLECTIONS.commissionEntries, doc);
      created.push(doc);
      // A pending correction only needs its entry (pending is summed from entries); a settled one moves the cache.
      if (c.status !== 'PENDING') changes.push({ userId: c.beneficiaryId, change: { settledFen: c.amountFen, clawedBackFen: -c.amountFen } });
      if (c.kind === 'CLAWBACK') await applyStatsChange(tx, c.beneficiaryId, { settledCommissionFen: c.amountFen });
    }
    // A pending commission that nets to zero is over: it and its reversals leave the pending bucket together (net 0).
    const reversedIds = new Set<string>();
    for (const parentId of reversal.fullyReversedParentIds) {
      const family = [...entryDocs.filter((d) => d._id === parentId || d.parentEntryId === parentId), ...reversal.corrections.filter((c) => c.parentEntryId === parentId).map((c) => ({ _id: c.id, kind: c.kind }))];
      for (const member of family) {
        if (await moveStatus(tx, { collection: COLLECTIONS.commissionEntries, id: member._id, lifecycle: entryLifecycleOf(member.kind), from: 'PENDING', to: 'REVERSED' })) reversedIds.add(member._id);
      }
    }
    for (const [userId, change] of mergeBalanceChanges(changes)) await applyBalanceChange(tx, userId, change, nowIso);
    await reversePointsForRefund(tx, { order: current, lineId: line.lineId, linePaidFen: line.amountFen, refundedBeforeFen: before.refundedFen, refundFen: fen, refundId, nowIso });

    // The refund answers the line's open request (or the one it was made for): the request is REFUNDED with it.
    const afterSaleId = input.afterSaleId ?? now.open?.afterSaleId;
    if (afterSaleId) await resolveAfterSaleByRefund(tx, afterSaleId, { refundId, actorId: ctx.openid, at: nowIso, note: input.afterSaleId ? '' : input.reason, required: !!input.afterSaleId });
    const afterSale = { ...(current.afterSale ?? {}), [line.lineId]: { refundedFen: toFen(before.refundedFen + fen), refundedUnits: before.refundedUnits + input.units, open: null } };
    await applyStatsChange(tx, order.buyerId, keptCountersChange(current, afterSale));
    // Refunded in full: nothing is left to ship, hand over or settle.
    const closing = current.status !== 'CLOSED' && isRefundedInFull(current.lines, afterSale);
    await moveStatus(tx, { collection: COLLECTIONS.orders, id: order._id, lifecycle: orderLifecycle, from: current.status, to: closing ? 'CLOSED' : undefined, patch: { afterSale, ...(closing ? { closedAt: nowIso } : {}) } });
    const closed = closing ? { status: 'CLOSED' as const, closedAt: nowIso } : {};
    await takeBackStamps(tx, current, line, afterSale[line.lineId]!.refundedFen, closing, nowIso);
    await recordRefundStats(tx, { order: current, afterSale, entriesBefore: entryDocs, created, reversedIds, now: ctx.now });
    // 已售 is net of refunds: the refunded units leave the product's count in the same transaction.
    if (input.units > 0) await tx.increment(COLLECTIONS.products, line.productId, { soldCount: -input.units });
    const refund: RefundDoc = { _id: refundId, orderId: order._id, lineId: line.lineId, fen, units: input.units, reason: input.reason, byStaffId: ctx.openid, createdAt: nowIso };
    await tx.insert(COLLECTIONS.refunds, refund);
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'refundOrderLine', target: `${order._id}/${line.lineId}`, before: before, after: afterSale[line.lineId] });
    return { ...current, afterSale, ...closed };
  });
  // The ledger side has committed; only now does money move (outside the transaction, which may re-run).
  await sendRefundToChannel(ctx, refundId);
  const finalOrder = saved ?? (await ctx.store.get(COLLECTIONS.orders, order._id)) ?? order;
  const refund = saved ? { fen, units: input.units } : ((await ctx.store.get(COLLECTIONS.refunds, refundId)) ?? { fen, units: input.units });
  return { refundId, fen: refund.fen, units: refund.units, order: toOrderView(finalOrder) };
}

/**
 * How a refund moves the buyer's counters: spend by what is no longer kept, and the order out of the counts once
 * nothing of it is kept (keepsAnything). The completed counters (what grades read) move too once the order has
 * completed: a refund after the after-sale window takes back what it added.
 */
function keptCountersChange(order: OrderDoc, afterSale: NonNullable<OrderDoc['afterSale']>): StatsChange {
  const spendDelta = keptSpendFen(order, afterSale) - keptSpendFen(order, order.afterSale);
  const countDelta = (keepsAnything(order.lines, afterSale) ? 1 : 0) - (keepsAnything(order.lines, order.afterSale) ? 1 : 0);
  const change: StatsChange = { spendFen: spendDelta, paidOrderCount: countDelta };
  return order.status === 'COMPLETED' ? { ...change, completedSpendFen: spendDelta, completedOrderCount: countDelta } : change;
}
