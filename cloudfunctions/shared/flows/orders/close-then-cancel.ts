import { failWith } from '../../../../src/domain/shared/domain-error';
import { ORDERS_ERRORS } from '../../../../src/contracts/orders';
import type { FunctionContext } from '../../kernel/context';
import type { OrderDoc } from '../../kernel/docs/docs';
import { cancelUnpaidOrder } from './cancel-unpaid-order';

type Turn = <T>(work: () => Promise<T>) => Promise<T>;
const atOnce: Turn = (work) => work();

/**
 * Cancels an unpaid order only after WeChat Pay has closed every number it could still be paid under — the order id
 * and each 找人代付 friend's own number (`tradeNos`) — so a late payment cannot land on a cancelled order. A close
 * WeChat refuses (e.g. ORDERPAID: it was paid a moment ago) cancels nothing: ORDER.BUSY, and the payment or the
 * reconcile job settles it. Shared by the buyer's cancel and the reconcile job, which passes `turns` to pace its
 * WeChat Pay calls and to run its cancellations one at a time.
 */
export async function closeThenCancel(
  ctx: Pick<FunctionContext, 'store' | 'platform' | 'now'>,
  order: OrderDoc,
  tradeNos: readonly string[],
  turns: { payCall?: Turn; storeTurn?: Turn } = {},
): Promise<OrderDoc> {
  const { payCall = atOnce, storeTurn = atOnce } = turns;
  for (const outTradeNo of [order._id, ...tradeNos.filter((n) => n !== order._id)]) {
    try {
      await payCall(() => ctx.platform.closeOrder({ outTradeNo }));
    } catch {
      throw failWith(ORDERS_ERRORS.BUSY);
    }
  }
  return storeTurn(() => cancelUnpaidOrder(ctx.store, order._id, ctx.now.toISOString()));
}
