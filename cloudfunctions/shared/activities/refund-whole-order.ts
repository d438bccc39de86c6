import type { FunctionContext } from '../context';
import type { OrderDoc } from '../docs';
import { lineAfterSale } from '../orders/find-line';
import { refundOrderLine } from '../refunds/refund-order-line';
import { sendRefundToChannel } from '../refunds/send-refund-to-channel';
import { stableId } from '../scenes/scene-id';

/** The actor recorded on refunds and audit records the activity machinery issues by itself. */
export const ACTIVITY_SYSTEM_ACTOR = 'system:activities';

/**
 * Refunds everything still unrefunded on a paid order through the one refund path (refundOrderLine: commission
 * reversed, ledger and audit in one transaction, then WeChat Pay). `key` names the reason (e.g. `group-expired`):
 * with the order and line it makes the refund id, WeChat's out_refund_no, so a re-run refunds once and only
 * re-sends a refund whose money side has not gone through.
 */
export async function refundWholeOrder(ctx: FunctionContext, order: OrderDoc, key: string, reason: string): Promise<void> {
  const system = { ...ctx, openid: ACTIVITY_SYSTEM_ACTOR };
  for (const line of order.lines) {
    const done = lineAfterSale(order, line.lineId);
    const units = line.quantity - done.refundedUnits;
    const fen = line.amountFen - done.refundedFen;
    if (units > 0 && fen > 0) {
      await refundOrderLine(system, { requestId: key, orderId: order._id, lineId: line.lineId, units, fen, reason });
    } else {
      await sendRefundToChannel(system, 'R' + stableId(['refund', order._id, line.lineId, key], 20));
    }
  }
}
