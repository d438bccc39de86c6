import { failWith } from '../../../src/domain/shared/domain-error';
import { ordersApi } from '../../../src/contracts/api/orders';
import { ORDERS_ERRORS, type OrderView } from '../../../src/contracts/orders';
import { ordersInputs } from '../../../src/contracts/orders-inputs';
import { toFen } from '../../../src/domain/money/fen';
import { isDomainError } from '../../../src/domain/shared/domain-error';
import type { z } from 'zod';
import type { UserContext } from '../../shared/kernel/context';
import { FULL_REDUCTION_WINDOW_ID } from '../../shared/flows/marketing/full-reduction-window';
import { getMerchantSettings, holdLimitsOf } from '../../shared/flows/merchant/get-merchant-settings';
import { AGENT_REGISTRY_ID } from '../../shared/flows/o2o/agent-registry';
import { prefetchDocs } from '../../shared/kernel/store/prefetch-docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { stableId } from '../../shared/flows/scenes/scene-id';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { bindPendingOnFirstOrder } from '../../shared/flows/referral/bind-pending-on-first-order';
import { ensureUser } from '../../shared/flows/users/ensure-user';
import type { OrderLineDoc } from '../../shared/kernel/docs/docs';
import { newPendingOrder, takeStock } from '../../shared/flows/orders/new-pending-order';
import { toOrderView } from '../../shared/flows/orders/to-order-view';
import { lockOrderPromotions } from '../../shared/flows/marketing/order-promotions';
import { priceCheckout } from '../../shared/flows/marketing/price-checkout';
import { agentSnapshotFor } from '../../shared/flows/o2o/agent-entries-for-order';
import { chargeFor, resolveDelivery } from '../../shared/flows/o2o/resolve-delivery';

/**
 * Creates an order from SKU ids and quantities. Prices, titles and stock come from the catalogue, never from the
 * payload. The order id is derived from (buyer, requestId), so a retried submit returns the same order instead of
 * creating a second one; stock is taken in the same transaction that creates the order.
 *
 * Reads are batched for the store's bill: the SKUs and the products in one query each, the merchant's documents
 * (settings, marketing rules, the 满减 window, regional agents) in one. The transaction starts with the order's own
 * create-if-absent, which is also the retry check: a retried submit writes nothing more and answers with the order
 * it finds (pricing it again may fail — its coupon is now used by it — so a refusal is checked against it too).
 */
export const createOrder = defineAction(ordersApi.actions.createOrder, async (ctx, input): Promise<OrderView> => {
  const buyer = await ensureUser(ctx);
  const orderId = 'O' + stableId(['order', ctx.openid, input.requestId], 20);
  const retried = async (): Promise<OrderView | null> => {
    const already = await ctx.store.get(COLLECTIONS.orders, orderId);
    if (!already) return null;
    // A retry finishes a first-order bind that an earlier attempt could not (a no-op otherwise).
    await bindPendingOnFirstOrder(ctx, orderId, buyer);
    return toOrderView(already);
  };

  let prepared: Awaited<ReturnType<typeof prepareOrder>>;
  try {
    prepared = await prepareOrder(ctx, orderId, input);
  } catch (error) {
    if (isDomainError(error)) {
      const view = await retried();
      if (view) return view;
    }
    throw error;
  }
  const { order, skus, settings } = prepared;

  const created = await ctx.store.runTransaction(async (tx) => {
    if (!(await tx.insert(COLLECTIONS.orders, order))) return false;
    await takeStock(tx, order, { holdLimits: holdLimitsOf(settings), skus });
    await lockOrderPromotions(tx, order, order.createdAt);
    return true;
  });
  if (!created) {
    const view = await retried();
    if (view) return view;
    throw new Error(`order ${orderId} vanished after its create was refused`);
  }
  // Binding trigger FIRST_ORDER: the sharer the buyer opened before ordering becomes their superior now.
  await bindPendingOnFirstOrder(ctx, orderId, buyer);
  return toOrderView(order);
});

/** The new order priced from the catalogue and the merchant's rules, with what was read on the way. */
async function prepareOrder(ctx: UserContext, orderId: string, input: z.infer<typeof ordersInputs.createOrder>) {
  const quantities = mergeQuantities(input.lines);
  const skuIds = [...quantities.keys()];
  const [skuDocs, merchant] = await Promise.all([
    ctx.store.find(COLLECTIONS.skus, { _id: { $in: skuIds } }, { limit: skuIds.length }),
    prefetchDocs(ctx.store, COLLECTIONS.merchant, ['settings', 'marketing', FULL_REDUCTION_WINDOW_ID, AGENT_REGISTRY_ID]),
  ]);
  const skus = new Map(skuDocs.map((s) => [s._id, s]));
  const productIds = [...new Set(skuDocs.map((s) => s.productId))];
  const products = new Map((await ctx.store.find(COLLECTIONS.products, { _id: { $in: productIds } }, { limit: productIds.length })).map((p) => [p._id, p]));
  const lines: OrderLineDoc[] = [];
  const categoryOf = new Map<string, string>();
  for (const [skuId, quantity] of quantities) {
    const sku = skus.get(skuId);
    const product = sku && products.get(sku.productId);
    if (!sku || !product || !product.onShelf) throw failWith(ORDERS_ERRORS.SKU_NOT_FOUND);
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
  // from the server's own data (priceCheckout); the coupon and points are locked in the transaction.
  const checkout = await priceCheckout(
    ctx.store,
    {
      buyerId: ctx.openid,
      lines: lines.map((l) => ({ ...l, categoryId: categoryOf.get(l.productId) ?? '' })),
      couponId: input.couponId,
      usePoints: input.usePoints,
      now: ctx.now,
      forOrder: true,
    },
    merchant,
  );
  const priced = checkout.priced;
  priced.lines.forEach((p, i) => ((lines[i] as OrderLineDoc).amountFen = p.paidFen));

  const delivery = await resolveDelivery(ctx.store, input.delivery);
  const agent = await agentSnapshotFor(merchant, { delivery, address: input.address, buyerId: ctx.openid });
  const settings = await getMerchantSettings(merchant);
  const order = await newPendingOrder(
    ctx,
    {
      orderId,
      lines,
      goodsFen: priced.goodsPaidFen,
      ...chargeFor(delivery, priced),
      address: input.address,
      remark: input.remark,
      pricing: checkout.pricing,
      delivery,
      agent,
    },
    settings,
  );
  return { order, skus, settings };
}

function mergeQuantities(lines: ReadonlyArray<{ skuId: string; quantity: number }>): Map<string, number> {
  const merged = new Map<string, number>();
  for (const line of lines) merged.set(line.skuId, (merged.get(line.skuId) ?? 0) + line.quantity);
  return merged;
}
