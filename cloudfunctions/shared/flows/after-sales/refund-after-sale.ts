import { AFTER_SALE_KIND_LABELS, AFTER_SALE_REASONS } from '../../../../src/domain/after-sale/after-sale-kind';
import type { UserContext } from '../../kernel/context';
import type { AfterSaleDoc, OrderDoc } from '../../kernel/docs/docs';
import { findLine, lineAfterSale } from '../orders/find-line';
import { refundOrderLine } from '../refunds/refund-order-line';
import { refundableFenForUnits } from '../../../../src/domain/order/refundable-fen-for-units';
import { COLLECTIONS } from '../../kernel/store/collections';

/**
 * Pays an after-sale request back through the one refund path (refundOrderLine: ledger, commission reversal or
 * clawback, CLOSED when nothing is kept, then WeChat Pay), with the request's id as the refund's request id — so a
 * retry refunds once and re-sends the same refund number — and the request moved to REFUNDED in the same transaction.
 */
export async function refundAfterSale(ctx: UserContext, doc: AfterSaleDoc): Promise<{ refundId: string; order: OrderDoc | null }> {
  const order = await ctx.store.get(COLLECTIONS.orders, doc.orderId);
  const line = order ? findLine(order, doc.lineId) : null;
  const fen = order && line ? refundableFenForUnits(line, lineAfterSale(order, line.lineId), doc.units) : doc.fen;
  const reason = `${AFTER_SALE_KIND_LABELS[doc.kind]}：${AFTER_SALE_REASONS[doc.reason].label}`;
  const result = await refundOrderLine(ctx, { requestId: doc._id, orderId: doc.orderId, lineId: doc.lineId, units: doc.units, ...(fen > 0 ? { fen } : {}), reason, afterSaleId: doc._id });
  return { refundId: result.refundId, order: await ctx.store.get(COLLECTIONS.orders, doc.orderId) };
}
