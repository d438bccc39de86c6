import { failWith } from '../../../../src/domain/shared/domain-error';
import type { Fen } from '../../../../src/domain/money/fen';
import type { AddressInput } from '../../../../src/contracts/orders';
import { ORDERS_ERRORS } from '../../../../src/contracts/orders';
import { assertWithinHoldLimits, heldUnitsOf, type HoldLimits } from '../../../../src/domain/order/hold-limits';
import type { UserContext } from '../../kernel/context';
import type { BuyerHoldsDoc, MerchantSettingsDoc, OrderDoc, OrderLineDoc, SkuDoc } from '../../kernel/docs/docs';
import { getMerchantSettings, holdLimitsOf } from '../merchant/get-merchant-settings';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

type OrderExtras = Pick<OrderDoc, 'pricing' | 'delivery' | 'agent' | 'activity'>;

/**
 * A new unpaid order as every way of ordering makes it (cart checkout, 秒杀 / 拼团 / 砍价): the caller's priced
 * lines and amounts, the buyer from the context, and the pay deadline from the merchant's settings (read here unless
 * the caller has them; or sooner, when the caller caps it: 秒杀 holds are short).
 */
export async function newPendingOrder(
  ctx: UserContext,
  fields: { orderId: string; lines: OrderLineDoc[]; goodsFen: Fen; shippingFen: Fen; totalFen: Fen; address: AddressInput; remark: string | undefined; payWithinMinutes?: number } & OrderExtras,
  known?: MerchantSettingsDoc,
): Promise<OrderDoc> {
  const { orderId, remark, payWithinMinutes, ...rest } = fields;
  const settings = known ?? (await getMerchantSettings(ctx.store));
  const payTimeoutMinutes = Math.min(settings.payTimeoutMinutes, payWithinMinutes ?? Infinity);
  return {
    ...rest,
    _id: orderId,
    buyerId: ctx.openid,
    status: 'PENDING_PAY',
    remark: remark ?? '',
    createdAt: ctx.now.toISOString(),
    payDeadline: new Date(ctx.now.getTime() + payTimeoutMinutes * 60_000).toISOString(),
    paidAt: null,
    cancelledAt: null,
    transactionId: null,
    uplineSnapshot: null,
    policySnapshot: null,
  };
}

/** What the caller already read before the transaction (createOrder prices from them): used instead of reading again. */
export interface TakeStockKnown {
  holdLimits?: HoldLimits;
  /** The SKUs as read for pricing: each line's units are taken by compare-and-set on the stock seen there. */
  skus?: ReadonlyMap<string, SkuDoc>;
}

/**
 * In the transaction that creates the order: the buyer's hold (holdForBuyer), then each line's units taken from its
 * SKU's stock by compare-and-set — on the stock the caller saw when pricing, if it passes the SKU (one write), and
 * re-read here only when that moved meanwhile (another order took some).
 */
export async function takeStock(tx: DocOps, order: OrderDoc, known: TakeStockKnown = {}): Promise<void> {
  await holdForBuyer(tx, order, known.holdLimits ?? holdLimitsOf(await getMerchantSettings(tx)));
  for (const line of order.lines) {
    const seen = known.skus?.get(line.skuId);
    if (seen && seen.stock >= line.quantity && (await tx.update(COLLECTIONS.skus, seen._id, { stock: seen.stock }, { stock: seen.stock - line.quantity }))) continue;
    const sku = await tx.get(COLLECTIONS.skus, line.skuId);
    if (!sku || sku.stock < line.quantity) throw failWith(ORDERS_ERRORS.OUT_OF_STOCK, `${line.title}（${line.specs}）库存不足`);
    const taken = await tx.update(COLLECTIONS.skus, sku._id, { stock: sku.stock }, { stock: sku.stock - line.quantity });
    if (!taken) throw failWith(ORDERS_ERRORS.BUSY, '下单的人太多了，请重试');
  }
}

/**
 * Records the new order on the buyer's holds document after checking the hold limits against the orders listed there
 * that are still open — unpaid (read here: at most the limit's worth of reads) and before their pay deadline. Paying,
 * cancelling or expiring an order needs no write here: the next order drops it from the list. Compare-and-set on the
 * version, so a buyer's concurrent orders cannot both pass the check (one conflicts: re-run or ORDER.BUSY).
 */
async function holdForBuyer(tx: DocOps, order: OrderDoc, limits: HoldLimits): Promise<void> {
  const holds = await tx.get(COLLECTIONS.buyerHolds, order.buyerId);
  const open: BuyerHoldsDoc['orders'] = [];
  for (const held of holds?.orders ?? []) {
    if (held.payDeadline <= order.createdAt) continue;
    if ((await tx.get(COLLECTIONS.orders, held.orderId))?.status === 'PENDING_PAY') open.push(held);
  }
  const units = heldUnitsOf(order.lines);
  assertWithinHoldLimits(open.map((o) => o.units), units, limits);
  const orders = [...open, { orderId: order._id, payDeadline: order.payDeadline, units }];
  const written = holds
    ? await tx.update(COLLECTIONS.buyerHolds, order.buyerId, { version: holds.version }, { orders, version: holds.version + 1 })
    : await tx.insert(COLLECTIONS.buyerHolds, { _id: order.buyerId, orders, version: 1 });
  if (!written) throw failWith(ORDERS_ERRORS.BUSY, '你的订单刚刚有变化，请重试');
}
