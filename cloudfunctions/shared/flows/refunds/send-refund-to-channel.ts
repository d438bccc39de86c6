import type { FunctionContext } from '../../kernel/context';
import type { RefundChannelState } from '../../kernel/docs/docs';
import { paidTradeNoOf } from '../payments/trade-no';
import { COLLECTIONS } from '../../kernel/store/collections';

/**
 * The money side of a refund whose ledger side has committed: asks WeChat Pay (platform.refund, out_refund_no = the
 * refund id, the same on every retry as WeChat requires, against the out_trade_no that paid the order) and records the answer on the RefundDoc. Runs outside any
 * transaction; a failure is recorded (FAILED with the reason) and logged, never thrown: the ledger is already right
 * and staff re-send it by retrying the same refund (refundOrderLine with the same request id sends an unfinished
 * refund again). A refund already ACCEPTED or finished is not sent again.
 */
export async function sendRefundToChannel(ctx: FunctionContext, refundId: string): Promise<RefundChannelState | null> {
  const refund = await ctx.store.get(COLLECTIONS.refunds, refundId);
  if (!refund) return null;
  const before = refund.channelState ?? null;
  if (before !== null && before !== 'FAILED') return before;
  const order = await ctx.store.get(COLLECTIONS.orders, refund.orderId);
  if (!order) return null;
  let state: RefundChannelState;
  let ref: string | null = null;
  let reason: string | null = null;
  try {
    const result = await ctx.platform.refund({ outRefundNo: refund._id, outTradeNo: paidTradeNoOf(order), totalFen: order.totalFen, refundFen: refund.fen });
    if (result.ok) [state, ref] = [result.state, result.refundRef];
    else [state, reason] = ['FAILED', result.reason];
  } catch (error) {
    [state, reason] = ['FAILED', error instanceof Error ? error.message : String(error)];
  }
  if (state === 'FAILED') ctx.log.error('refund call failed', { refundId, reason, requestId: ctx.requestId });
  // Compare-and-set: never overwrite what the refund notify may have written meanwhile.
  const applied = await ctx.store.update(COLLECTIONS.refunds, refund._id, { channelState: before }, { channelState: state, channelRef: ref, channelReason: reason, channelAt: ctx.now.toISOString() });
  return applied ? state : ((await ctx.store.get(COLLECTIONS.refunds, refundId))?.channelState ?? state);
}
