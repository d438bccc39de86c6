import type { FunctionContext } from '../../kernel/context';
import type { OrderDoc, RefundChannelState } from '../../kernel/docs/docs';
import { lineAfterSale } from '../orders/find-line';
import { refundOrderLine } from '../refunds/refund-order-line';
import { sendRefundToChannel } from '../refunds/send-refund-to-channel';
import { stableId } from '../scenes/scene-id';
import { COLLECTIONS } from '../../kernel/store/collections';
import { refundIdFor } from '../../../../src/domain/order/refund-id';

/** The actor recorded on refunds and audit records the activity machinery issues by itself. */
export const ACTIVITY_SYSTEM_ACTOR = 'system:activities';

/**
 * Refunds everything still unrefunded on a paid order through the one refund path (refundOrderLine: commission
 * reversed, ledger and audit in one transaction, then WeChat Pay). `key` names the reason (e.g. `group-expired`):
 * with the order and line it makes the refund id, WeChat's out_refund_no, so a re-run refunds once and only
 * re-sends a refund whose money side has not gone through.
 *
 * What is left is decided on money alone: staff may have refunded every unit of a line but only part of its money
 * (a money-only refund then takes the rest, units 0). If WeChat refused any of the refunds (sendRefundToChannel
 * records FAILED without throwing) this throws after trying every line, so the caller does not mark the order or
 * group refunded and its next run re-sends the same refund number.
 */
export async function refundWholeOrder(ctx: FunctionContext, order: OrderDoc, key: string, reason: string): Promise<void> {
  const system = { ...ctx, openid: ACTIVITY_SYSTEM_ACTOR };
  const states: Array<RefundChannelState | null> = [];
  for (const line of order.lines) {
    const refundId = refundIdFor(stableId, order._id, line.lineId, key);
    const done = lineAfterSale(order, line.lineId);
    const units = Math.max(0, line.quantity - done.refundedUnits);
    const fen = line.amountFen - done.refundedFen;
    if (fen > 0) {
      await refundOrderLine(system, { requestId: key, orderId: order._id, lineId: line.lineId, units, fen, reason });
      states.push((await ctx.store.get(COLLECTIONS.refunds, refundId))?.channelState ?? null);
    } else {
      states.push(await sendRefundToChannel(system, refundId));
    }
  }
  if (states.includes('FAILED')) throw new Error(`refundWholeOrder: WeChat refused a refund of order ${order._id}; retried next run`);
}
