import { calculateCommissions } from '../../src/domain/commission/calculate-commissions';
import { assertOrderTransition } from '../../src/domain/order/order-lifecycle';
import type { FunctionContext } from '../shared/context';
import type { CommissionEntryDoc, DistributorDoc, OrderDoc, PayNotifyDoc, UserDoc } from '../shared/docs';
import { getMerchantSettings } from '../shared/merchant/get-merchant-settings';
import { COLLECTIONS } from '../shared/store/collections';
import type { PayNotify } from './pay-notify';

export type MarkPaidResult = 'PAID' | 'ALREADY_PAID' | 'NOT_PAYABLE';

/**
 * In one transaction: the order goes PENDING_PAY → PAID (compare-and-set on status), the buyer's upline and the
 * commission policy are snapshotted on it, and one commission entry per line and level is created with a
 * deterministic id — so a repeated or concurrent notify changes nothing. No side effects: the callback may re-run.
 */
export async function markOrderPaid(ctx: FunctionContext, orderId: string, notify: PayNotify): Promise<MarkPaidResult> {
  return ctx.store.runTransaction(async (tx) => {
    const order = await tx.get<OrderDoc>(COLLECTIONS.orders, orderId);
    if (!order) return 'NOT_PAYABLE';
    if (order.status !== 'PENDING_PAY') return order.transactionId === notify.transactionId ? 'ALREADY_PAID' : 'NOT_PAYABLE';
    assertOrderTransition(order.status, 'PAID');

    const buyer = await tx.get<UserDoc>(COLLECTIONS.users, order.buyerId);
    const { commissionPolicy } = await getMerchantSettings(tx);
    const upline = buyer?.upline ?? [];
    const paidAt = ctx.now.toISOString();

    const changed = await tx.update(
      COLLECTIONS.orders,
      order._id,
      { status: 'PENDING_PAY' },
      { status: 'PAID', paidAt, transactionId: notify.transactionId, uplineSnapshot: upline, policySnapshot: commissionPolicy },
    );
    if (!changed) return 'NOT_PAYABLE';

    const drafts = calculateCommissions({
      lines: order.lines.map((l) => ({ lineId: l.lineId, paidFen: l.amountFen })),
      upline: upline.slice(0, commissionPolicy.levels),
      policy: commissionPolicy,
    });
    const titles = new Map(order.lines.map((l) => [l.lineId, l.title]));
    for (const draft of drafts) {
      // Only someone who is a distributor at payment time earns; a level without one earns nothing (no compression).
      const distributor = await tx.get<DistributorDoc>(COLLECTIONS.distributors, draft.beneficiaryId);
      if (!distributor) continue;
      const entry: CommissionEntryDoc = {
        _id: draft.id,
        orderId: order._id,
        lineId: draft.lineId,
        buyerId: order.buyerId,
        beneficiaryId: draft.beneficiaryId,
        level: draft.level,
        baseFen: draft.baseFen,
        rateBps: draft.rateBps,
        amountFen: draft.amountFen,
        state: 'PENDING',
        productTitle: titles.get(draft.lineId) ?? '',
        createdAt: paidAt,
      };
      await tx.insert(COLLECTIONS.commissionEntries, entry);
    }
    const record: PayNotifyDoc = { _id: notify.transactionId, orderId: order._id, totalFen: order.totalFen, receivedAt: paidAt };
    await tx.insert(COLLECTIONS.payNotifies, record);
    return 'PAID';
  });
}
