import type { FunctionContext } from '../shared/kernel/context';
import type { OrderDoc } from '../shared/kernel/docs/docs';
import { noticeRefundResult } from '../shared/flows/notices/notices';
import { COLLECTIONS } from '../shared/kernel/store/collections';

/** After a refund committed and went to WeChat Pay: the shopper's 退款成功 message, once per refund. */
export async function noticeAfterSaleRefunded(ctx: FunctionContext, order: OrderDoc, refundId: string): Promise<void> {
  const refund = await ctx.store.get(COLLECTIONS.refunds, refundId);
  if (!refund || refund.channelState === 'FAILED' || refund.channelState === 'CLOSED') return;
  await noticeRefundResult(ctx, { order, subject: refundId, status: '退款成功', fen: refund.fen, note: '原路退回，以微信支付到账为准' });
}
