import type { Fen } from '../../../src/domain/money/fen';
import type { AddressInput } from '../../../src/contracts/orders';
import { ORDERS_ERRORS } from '../../../src/contracts/orders';
import { DomainError } from '../../../src/domain/shared/domain-error';
import type { UserContext } from '../context';
import type { OrderDoc, OrderLineDoc, SkuDoc } from '../docs';
import { getMerchantSettings } from '../merchant/get-merchant-settings';
import { COLLECTIONS } from '../store/collections';
import type { DocOps } from '../store/store';

type OrderExtras = Pick<OrderDoc, 'pricing' | 'delivery' | 'agent' | 'activity'>;

/**
 * A new unpaid order as every way of ordering makes it (cart checkout, 秒杀 / 拼团 / 砍价): the caller's priced
 * lines and amounts, the buyer from the context, and the pay deadline from the merchant's settings.
 */
export async function newPendingOrder(
  ctx: UserContext,
  fields: { orderId: string; lines: OrderLineDoc[]; goodsFen: Fen; shippingFen: Fen; totalFen: Fen; address: AddressInput; remark: string | undefined } & OrderExtras,
): Promise<OrderDoc> {
  const { orderId, remark, ...rest } = fields;
  const { payTimeoutMinutes } = await getMerchantSettings(ctx.store);
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

/** Takes each line's units from its SKU's stock by compare-and-set, in the transaction that creates the order. */
export async function takeStock(tx: DocOps, lines: readonly OrderLineDoc[]): Promise<void> {
  for (const line of lines) {
    const sku = await tx.get<SkuDoc>(COLLECTIONS.skus, line.skuId);
    if (!sku || sku.stock < line.quantity) throw new DomainError(ORDERS_ERRORS.OUT_OF_STOCK, `${line.title}（${line.specs}）库存不足`);
    const taken = await tx.update(COLLECTIONS.skus, sku._id, { stock: sku.stock }, { stock: sku.stock - line.quantity });
    if (!taken) throw new DomainError(ORDERS_ERRORS.BUSY, '下单的人太多了，请重试');
  }
}
