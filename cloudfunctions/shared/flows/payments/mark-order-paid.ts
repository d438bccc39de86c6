import { calculateOrderCommission } from '../../../../src/domain/commission/calculate-order-commission';
import { resolveBeneficiaries } from '../../../../src/domain/distribution/resolve-beneficiaries';
import { activityPaysCommission } from '../activities/activity-pays-commission';
import type { FunctionContext } from '../../kernel/context';
import type { CommissionEntryDoc, CommissionSkipDoc, OrderDoc, UserDoc } from '../../kernel/docs/docs';
import { incrementStats } from '../ledger/apply-stats-change';
import { creditPaidOrderPoints } from '../marketing/order-promotions';
import { getDistributionPolicy, POLICY_DOC_ID } from '../merchant/get-distribution-policy';
import { agentEntriesForOrder } from '../o2o/agent-entries-for-order';
import { pendingUplineMovers, UPLINE_MOVES_ID } from '../referral/upline-moves';
import { COLLECTIONS } from '../../kernel/store/collections';
import { prefetchDocs } from '../../kernel/store/prefetch-docs';
import { orderContribution } from '../../../../src/domain/report/daily-stats';
import { shanghaiDay } from '../../../../src/domain/shared/shanghai-day';
import { recordStats } from '../stats/record-stats';
import { readPaymentChain } from './read-payment-chain';
import { moveStatus } from '../../kernel/store/move-status';
import { orderLifecycle } from '../../../../src/domain/order/order-lifecycle';

/** PAID carries the buyer as read for the chain, so the notice after it needs no read of its own. */
export type MarkPaidResult = { outcome: 'PAID'; buyerId: string; buyer: UserDoc | null } | { outcome: 'ALREADY_PAID' | 'NOT_PAYABLE' };

/**
 * The order goes PENDING_PAY → PAID (compare-and-set on status) with the buyer's upline and the distribution policy
 * snapshotted on it, in one transaction with one PENDING commission entry per paid line and eligible level
 * (deterministic ids), a skip record for every level that earns nothing, and the buyer's counters. Pending
 * commission is summed from entries when read, so no balance is written here. A repeated or concurrent notify
 * changes nothing. No side effects: the callback may re-run.
 *
 * `order` was read before: its lines, buyer and total never change after creation, and the status is re-checked by
 * the compare-and-set. The chain and the policy are read before the transaction too (readPaymentChain; the policy and
 * the pending upline moves in one query of the merchant documents), so the
 * transaction itself is only writes: the entries are created without an existence check (the compare-and-set to PAID
 * claims their ids, which derive from the order's lines), the buyer's counters move by one increment, no read, and
 * so do the day's statistics (the order, its lines, its commission: recordStats) and each product's 已售 (one increment per
 * product of the order).
 */
export async function markOrderPaid(ctx: FunctionContext, order: OrderDoc, notify: { transactionId: string; outTradeNo: string }): Promise<MarkPaidResult> {
  if (order.status !== 'PENDING_PAY') return settledOutcome(order, notify);
  const nowIso = ctx.now.toISOString();
  const merchant = await prefetchDocs(ctx.store, COLLECTIONS.merchant, [POLICY_DOC_ID, UPLINE_MOVES_ID]);
  const policy = await getDistributionPolicy(merchant);
  const movers = await pendingUplineMovers(merchant, ctx.store);
  const { buyer, upline, eligibility, gradeOf, statusOf } = await readPaymentChain(ctx.store, order.buyerId, policy, nowIso, movers, order.agent ? [order.agent.userId] : []);
  const beneficiaries = resolveBeneficiaries({ buyerId: order.buyerId, upline, levels: policy.levels, selfPurchase: policy.selfPurchase, eligibility });
  const { entries, skipped } = calculateOrderCommission({
    // An activity order whose activity pays no commission (the default) has no commissionable line.
    lines: (activityPaysCommission(order) ? order.lines : []).map((l) => ({ lineId: l.lineId, productId: l.productId, skuId: l.skuId, quantity: l.quantity, paidFen: l.amountFen })),
    beneficiaries,
    policy,
    gradeOf,
  });
  entries.push(...(await agentEntriesForOrder(merchant, order, entries, statusOf))); // 区域代理: after the chain, same cap and ledger
  const titles = new Map(order.lines.map((l) => [l.lineId, l.title]));

  const paid = await ctx.store.runTransaction(async (tx) => {
    const changed = await moveStatus(tx, {
      collection: COLLECTIONS.orders,
      id: order._id,
      lifecycle: orderLifecycle,
      from: 'PENDING_PAY',
      to: 'PAID',
      patch: { paidAt: nowIso, transactionId: notify.transactionId, paidTradeNo: notify.outTradeNo, uplineSnapshot: upline, policySnapshot: policy, inStats: true },
    });
    if (!changed) return false;
    const created: CommissionEntryDoc[] = [];
    for (const draft of entries) {
      const entry: CommissionEntryDoc = {
        _id: draft.id,
        kind: 'COMMISSION',
        status: 'PENDING',
        orderId: order._id,
        lineId: draft.lineId,
        buyerId: order.buyerId,
        beneficiaryId: draft.beneficiaryId,
        level: draft.level,
        amountFen: draft.amountFen,
        parentEntryId: null,
        basis: draft.basis,
        baseFen: draft.baseFen,
        quantity: draft.quantity,
        productTitle: titles.get(draft.lineId) ?? '',
        createdAt: nowIso,
        settledAt: null,
      };
      await tx.create(COLLECTIONS.commissionEntries, entry);
      created.push(entry);
    }
    for (const skip of skipped) {
      const doc: CommissionSkipDoc = { _id: `${skip.lineId}:L${skip.level}`, orderId: order._id, ...skip, createdAt: nowIso };
      await tx.create(COLLECTIONS.commissionSkips, doc);
    }
    await incrementStats(tx, order.buyerId, { paidOrderCount: 1, spendFen: order.totalFen });
    await recordStats(tx, orderContribution({ ...order, paidAt: nowIso }, created, shanghaiDay(nowIso)));
    await creditPaidOrderPoints(tx, order, nowIso);
    for (const [productId, units] of unitsByProduct(order)) await tx.increment(COLLECTIONS.products, productId, { soldCount: units });
    return true;
  });
  if (!paid) {
    // Another notify (or a cancel) moved the order first: say what it is now.
    const current = await ctx.store.get(COLLECTIONS.orders, order._id);
    return current ? settledOutcome(current, notify) : { outcome: 'NOT_PAYABLE' };
  }
  return { outcome: 'PAID', buyerId: order.buyerId, buyer };
}

/** 已售 moves with the payment: the units of each product the order paid for (a product gone since counts nowhere). */
function unitsByProduct(order: OrderDoc): Map<string, number> {
  const units = new Map<string, number>();
  for (const l of order.lines) units.set(l.productId, (units.get(l.productId) ?? 0) + l.quantity);
  return units;
}

function settledOutcome(order: OrderDoc, notify: { transactionId: string }): MarkPaidResult {
  return { outcome: order.status !== 'PENDING_PAY' && order.transactionId === notify.transactionId ? 'ALREADY_PAID' : 'NOT_PAYABLE' };
}
