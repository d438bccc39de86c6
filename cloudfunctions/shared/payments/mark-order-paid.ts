import { calculateOrderCommission } from '../../../src/domain/commission/calculate-order-commission';
import { resolveBeneficiaries } from '../../../src/domain/distribution/resolve-beneficiaries';
import { assertOrderTransition } from '../../../src/domain/order/order-lifecycle';
import { activityPaysCommission } from '../activities/activity-pays-commission';
import type { FunctionContext } from '../context';
import type { CommissionEntryDoc, CommissionSkipDoc, OrderDoc } from '../docs';
import { incrementStats } from '../ledger/apply-stats-change';
import { creditPaidOrderPoints } from '../marketing/order-promotions';
import { getDistributionPolicy } from '../merchant/get-distribution-policy';
import { agentEntriesForOrder } from '../o2o/agent-entries-for-order';
import { COLLECTIONS } from '../store/collections';
import { readPaymentChain } from './read-payment-chain';

export type MarkPaidResult = { outcome: 'PAID'; buyerId: string } | { outcome: 'ALREADY_PAID' | 'NOT_PAYABLE' };

/**
 * The order goes PENDING_PAY → PAID (compare-and-set on status) with the buyer's upline and the distribution policy
 * snapshotted on it, in one transaction with one PENDING commission entry per paid line and eligible level
 * (deterministic ids), a skip record for every level that earns nothing, and the buyer's counters. Pending
 * commission is summed from entries when read, so no balance is written here. A repeated or concurrent notify
 * changes nothing. No side effects: the callback may re-run.
 *
 * `order` was read before: its lines, buyer and total never change after creation, and the status is re-checked by
 * the compare-and-set. The chain and the policy are read before the transaction too (readPaymentChain), so the
 * transaction itself is only writes, the buyer's counters included (one increment, no read).
 */
export async function markOrderPaid(ctx: FunctionContext, order: OrderDoc, notify: { transactionId: string; outTradeNo: string }): Promise<MarkPaidResult> {
  if (order.status !== 'PENDING_PAY') return settledOutcome(order, notify);
  assertOrderTransition(order.status, 'PAID');
  const nowIso = ctx.now.toISOString();
  const policy = await getDistributionPolicy(ctx.store);
  const { upline, eligibility, gradeOf, statusOf } = await readPaymentChain(ctx.store, order.buyerId, policy, nowIso, order.agent ? [order.agent.userId] : []);
  const beneficiaries = resolveBeneficiaries({ buyerId: order.buyerId, upline, levels: policy.levels, selfPurchase: policy.selfPurchase, eligibility });
  const { entries, skipped } = calculateOrderCommission({
    // An activity order whose activity pays no commission (the default) has no commissionable line.
    lines: (activityPaysCommission(order) ? order.lines : []).map((l) => ({ lineId: l.lineId, productId: l.productId, skuId: l.skuId, quantity: l.quantity, paidFen: l.amountFen })),
    beneficiaries,
    policy,
    gradeOf,
  });
  entries.push(...(await agentEntriesForOrder(ctx.store, order, entries, statusOf))); // 区域代理: after the chain, same cap and ledger
  const titles = new Map(order.lines.map((l) => [l.lineId, l.title]));

  const paid = await ctx.store.runTransaction(async (tx) => {
    const changed = await tx.update(
      COLLECTIONS.orders,
      order._id,
      { status: 'PENDING_PAY' },
      { status: 'PAID', paidAt: nowIso, transactionId: notify.transactionId, paidTradeNo: notify.outTradeNo, uplineSnapshot: upline, policySnapshot: policy },
    );
    if (!changed) return false;
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
      await tx.insert(COLLECTIONS.commissionEntries, entry);
    }
    for (const skip of skipped) {
      const doc: CommissionSkipDoc = { _id: `${skip.lineId}:L${skip.level}`, orderId: order._id, ...skip, createdAt: nowIso };
      await tx.insert(COLLECTIONS.commissionSkips, doc);
    }
    await incrementStats(tx, order.buyerId, { paidOrderCount: 1, spendFen: order.totalFen });
    await creditPaidOrderPoints(tx, order, nowIso);
    return true;
  });
  if (!paid) {
    // Another notify (or a cancel) moved the order first: say what it is now.
    const current = await ctx.store.get<OrderDoc>(COLLECTIONS.orders, order._id);
    return current ? settledOutcome(current, notify) : { outcome: 'NOT_PAYABLE' };
  }
  return { outcome: 'PAID', buyerId: order.buyerId };
}

function settledOutcome(order: OrderDoc, notify: { transactionId: string }): MarkPaidResult {
  return { outcome: order.status !== 'PENDING_PAY' && order.transactionId === notify.transactionId ? 'ALREADY_PAID' : 'NOT_PAYABLE' };
}
