import { calculateOrderCommission } from '../../../src/domain/commission/calculate-order-commission';
import type { DistributionPolicy } from '../../../src/domain/distribution/distribution-policy';
import { resolveBeneficiaries, type AncestorEligibility } from '../../../src/domain/distribution/resolve-beneficiaries';
import { toFen } from '../../../src/domain/money/fen';
import { assertOrderTransition } from '../../../src/domain/order/order-lifecycle';
import { isBindingActive } from '../../../src/domain/referral/is-binding-active';
import type { FunctionContext } from '../context';
import type { CommissionEntryDoc, CommissionSkipDoc, DistributorDoc, OrderDoc, PayNotifyDoc, UserDoc } from '../docs';
import { applyBalanceChange, mergeBalanceChanges } from '../ledger/apply-balance-change';
import { applyStatsChange } from '../ledger/apply-stats-change';
import { getDistributionPolicy } from '../merchant/get-distribution-policy';
import { agentEntriesForOrder } from '../o2o/agent-entries-for-order';
import { COLLECTIONS } from '../store/collections';
import type { DocOps } from '../store/store';

export type MarkPaidResult = { outcome: 'PAID'; buyerId: string; superiorId: string | null; policy: DistributionPolicy } | { outcome: 'ALREADY_PAID' | 'NOT_PAYABLE' };

/**
 * In one transaction: the order goes PENDING_PAY → PAID (compare-and-set on status) with the buyer's upline and the
 * distribution policy snapshotted on it; one PENDING commission entry per paid line and eligible level (deterministic
 * ids), a skip record for every level that earns nothing, the beneficiaries' balances and the buyer's counters.
 * A repeated or concurrent notify changes nothing. No side effects: the callback may re-run.
 */
export async function markOrderPaid(ctx: FunctionContext, orderId: string, notify: { transactionId: string }): Promise<MarkPaidResult> {
  return ctx.store.runTransaction(async (tx): Promise<MarkPaidResult> => {
    const order = await tx.get<OrderDoc>(COLLECTIONS.orders, orderId);
    if (!order) return { outcome: 'NOT_PAYABLE' };
    if (order.status !== 'PENDING_PAY') return { outcome: order.transactionId === notify.transactionId ? 'ALREADY_PAID' : 'NOT_PAYABLE' };
    assertOrderTransition(order.status, 'PAID');

    const nowIso = ctx.now.toISOString();
    const policy = await getDistributionPolicy(tx);
    const buyer = await tx.get<UserDoc>(COLLECTIONS.users, order.buyerId);
    const upline = buyer?.upline ?? [];
    const changed = await tx.update(
      COLLECTIONS.orders,
      order._id,
      { status: 'PENDING_PAY' },
      { status: 'PAID', paidAt: nowIso, transactionId: notify.transactionId, uplineSnapshot: upline, policySnapshot: policy },
    );
    if (!changed) return { outcome: 'NOT_PAYABLE' };

    const { eligibility, gradeOf } = await readChain(tx, order.buyerId, buyer, upline.slice(0, policy.levels), policy, nowIso);
    const beneficiaries = resolveBeneficiaries({ buyerId: order.buyerId, upline, levels: policy.levels, selfPurchase: policy.selfPurchase, eligibility });
    const { entries, skipped } = calculateOrderCommission({
      lines: order.lines.map((l) => ({ lineId: l.lineId, productId: l.productId, skuId: l.skuId, quantity: l.quantity, paidFen: l.amountFen })),
      beneficiaries,
      policy,
      gradeOf,
    });
    entries.push(...(await agentEntriesForOrder(tx, order, entries))); // 区域代理: after the chain, same cap and ledger
    const titles = new Map(order.lines.map((l) => [l.lineId, l.title]));
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
    const balances = mergeBalanceChanges(entries.map((e) => ({ userId: e.beneficiaryId, change: { pendingFen: e.amountFen } })));
    for (const [userId, change] of balances) await applyBalanceChange(tx, userId, change, nowIso);

    const stats = await applyStatsChange(tx, order.buyerId, { paidOrderCount: 1, spendFen: order.totalFen });
    // The buyer's first paid order makes them a paying direct downline of their superior (a grade condition).
    if (stats.paidOrderCount === 1 && buyer?.superiorId) await applyStatsChange(tx, buyer.superiorId, { paidDirectDownlines: 1 });

    const record: PayNotifyDoc = { _id: notify.transactionId, orderId: order._id, totalFen: toFen(order.totalFen), receivedAt: nowIso };
    await tx.insert(COLLECTIONS.payNotifies, record);
    return { outcome: 'PAID', buyerId: order.buyerId, superiorId: buyer?.superiorId ?? null, policy };
  });
}

/**
 * What payment needs to know about the buyer and the ancestors who could earn: distributor status and grade, and
 * whether each binding on the way up has lapsed under the binding rule (validity period).
 */
async function readChain(tx: DocOps, buyerId: string, buyer: UserDoc | null, ancestors: readonly string[], policy: DistributionPolicy, nowIso: string) {
  const eligibility: Record<string, AncestorEligibility> = {};
  const gradeOf: Record<string, string | null> = {};
  let below: UserDoc | null = buyer;
  for (const id of [buyerId, ...ancestors]) {
    const distributor = await tx.get<DistributorDoc>(COLLECTIONS.distributors, id);
    gradeOf[id] = distributor?.gradeId ?? null;
    const isBuyer = id === buyerId;
    const bindingLapsed = !isBuyer && below?.boundAt ? !isBindingActive({ rule: policy.binding.rule, boundAt: below.boundAt, now: nowIso }) : false;
    eligibility[id] = { status: distributor?.status ?? null, bindingLapsed };
    if (!isBuyer) below = id === ancestors[ancestors.length - 1] ? null : await tx.get<UserDoc>(COLLECTIONS.users, id);
  }
  return { eligibility, gradeOf };
}

