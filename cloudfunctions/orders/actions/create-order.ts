import { ORDERS_ERRORS, type OrderView } from '../../../src/contracts/orders';
import { ordersInputs } from '../../../src/contracts/orders-inputs';
import { toFen } from '../../../src/domain/money/fen';
import { DomainError } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/handler/define-action';
import { stableId } from '../../shared/scenes/scene-id';
import { COLLECTIONS } from '../../shared/store/collections';
import { bindPendingOnFirstOrder } from '../../shared/referral/bind-pending-on-first-order';
import { ensureUser } from '../../shared/users/ensure-user';
import type { OrderDoc, OrderLineDoc, ProductDoc, SkuDoc } from '../../shared/docs';
import { newPendingOrder, takeStock } from '../../shared/orders/new-pending-order';
import { toOrderView } from '../../shared/orders/to-order-view';
import { lockOrderPromotions } from '../../shared/marketing/order-promotions';
import { priceCheckout } from '../../shared/marketing/price-checkout';
import { agentSnapshotFor } from '../../shared/o2o/agent-entries-for-order';
import { chargeFor, resolveDelivery } from '../../shared/o2o/resolve-delivery';

/**
 * Creates an order from SKU ids and quantities. Prices, titles and stock come from the catalogue, never from the
 * payload. The order id is derived from (buyer, requestId), so a retried submit returns the same order instead of
 * creating a second one; stock is taken in the same transaction that creates the order.
 */
export const createOrder = defineAction(ordersInputs.createOrder, async (ctx, input): Promise<OrderView> => {
  await ensureUser(ctx);
  const orderId = 'O' + stableId(['order', ctx.openid, input.requestId], 20);
  const already = await ctx.store.get<OrderDoc>(COLLECTIONS.orders, orderId);
  if (already) {
    // A retry finishes a first-order bind that an earlier attempt could not (a no-op otherwise).
    await bindPendingOnFirstOrder(ctx, orderId);
    return toOrderView(already);
  }

  const quantities = mergeQuantities(input.lines);
  const lines: OrderLineDoc[] = [];
  const categoryOf = new Map<string, string>();
  for (const [skuId, quantity] of quantities) {
    const sku = await ctx.store.get<SkuDoc>(COLLECTIONS.skus, skuId);
    const product = sku && (await ctx.store.get<ProductDoc>(COLLECTIONS.products, sku.productId));
    if (!sku || !product || !product.onShelf) throw new DomainError(ORDERS_ERRORS.SKU_NOT_FOUND, '商品不存在或已下架');
    categoryOf.set(product._id, product.categoryId);
    lines.push({
      lineId: `${orderId}-${lines.length + 1}`,
      productId: product._id,
      skuId,
      title: product.title,
      specs: sku.specs,
      imageUrl: product.images[0] ?? '',
      unitPriceFen: sku.priceFen,
      quantity,
      amountFen: toFen(0),
    });
  }
  // Each line's paid amount is its commission base and refund ceiling. Member price, 满减, coupon and points come
  // from the server's own data (priceCheckout); the coupon and points are locked in the transaction below.
  const checkout = await priceCheckout(ctx.store, {
    buyerId: ctx.openid,
    lines: lines.map((l) => ({ ...l, categoryId: categoryOf.get(l.productId) ?? '' })),
    couponId: input.couponId,
    usePoints: input.usePoints,
    now: ctx.now,
    forOrder: true,
  });
  const priced = checkout.priced;
  priced.lines.forEach((p, i) => ((lines[i] as OrderLineDoc).amountFen = p.paidFen));

  const delivery = await resolveDelivery(ctx.store, input.delivery);
  const agent = await agentSnapshotFor(ctx.store, { delivery, address: input.address, buyerId: ctx.openid });
  const order = await newPendingOrder(ctx, {
    orderId,
    lines,
    goodsFen: priced.goodsPaidFen,
    ...chargeFor(delivery, priced),
    address: input.address,
    remark: input.remark,
    pricing: checkout.pricing,
    delivery,
    agent,
  });

  const saved = await ctx.store.runTransaction(async (tx) => {
    const existing = await tx.get<OrderDoc>(COLLECTIONS.orders, orderId);
    if (existing) return existing;
    await takeStock(tx, order);
    await lockOrderPromotions(tx, order, order.createdAt);
    await tx.insert(COLLECTIONS.orders, order);
    return order;
  });
  // Binding trigger FIRST_ORDER: the sharer the buyer opened before ordering becomes their superior now.
  await bindPendingOnFirstOrder(ctx, orderId);
  return toOrderView(saved);
});

function mergeQuantities(lines: ReadonlyArray<{ skuId: string; quantity: number }>): Map<string, number> {
  const merged = new Map<string, number>();
  for (const line of lines) merged.set(line.skuId, (merged.get(line.skuId) ?? 0) + line.quantity);
  return merged;
}
