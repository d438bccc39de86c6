import { failWith } from '../../../../src/domain/shared/domain-error';
import { FLASH_SALE_PAY_MINUTES } from '../../../../src/domain/order/hold-limits';
import { ORDERS_ERRORS } from '../../../../src/contracts/orders';
import type { AddressInput } from '../../../../src/contracts/orders';
import { toFen, type Fen } from '../../../../src/domain/money/fen';
import { priceCart } from '../../../../src/domain/pricing/price-cart';
import { FREE_SHIPPING } from '../../../../src/domain/pricing/price-without-promotions';
import type { UserContext } from '../../kernel/context';
import type { OrderDoc, OrderLineDoc } from '../../kernel/docs/docs';
import { newPendingOrder, takeStock } from '../orders/new-pending-order';
import { agentSnapshotFor } from '../o2o/agent-entries-for-order';
import { bindPendingOnFirstOrder } from '../referral/bind-pending-on-first-order';
import { stableId } from '../scenes/scene-id';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { ensureUser } from '../users/ensure-user';
import type { OrderActivity } from '../../kernel/docs/activity-docs';

export interface ActivityOrderInput {
  requestId: string;
  address: AddressInput;
  remark?: string;
  skuId: string;
  quantity: number;
  /** The unit price the activity grants (already checked by the caller: window, group, bargain). */
  activityPriceFen: Fen;
  activity: OrderActivity;
  /**
   * The activity's own reservation, run inside the order's transaction before the order is written (e.g. 秒杀 stock
   * by compare-and-set). It throws a DomainError to refuse; the transaction then writes nothing.
   */
  reserve?: (tx: DocOps, orderId: string) => Promise<void>;
}

/** What the buyer's own request says of an activity order (its retry key, address and remark), whatever the activity. */
export function pickBuyerFields(input: Pick<ActivityOrderInput, 'requestId' | 'address' | 'remark'>): Pick<ActivityOrderInput, 'requestId' | 'address' | 'remark'> {
  return { requestId: input.requestId, address: input.address, remark: input.remark };
}

/** The order id of an activity purchase: from (buyer, requestId), in its own namespace so it never meets a cart order's. */
export function activityOrderId(openid: string, requestId: string): string {
  return 'O' + stableId(['activity-order', openid, requestId], 20);
}

/**
 * An activity purchase becomes an ordinary OrderDoc (so paying, cancelling, shipping and refunds need nothing new)
 * with its `activity` field set. It is priced by the one pipeline (priceCart) with the activity price on the line;
 * the SKU's stock is taken in the same transaction as the activity's reservation and the order, exactly as
 * createOrder does; a retried submit (same requestId) returns the same order.
 */
export async function createActivityOrder(ctx: UserContext, input: ActivityOrderInput): Promise<{ order: OrderDoc; created: boolean }> {
  await ensureUser(ctx);
  const orderId = activityOrderId(ctx.openid, input.requestId);
  const already = await ctx.store.get(COLLECTIONS.orders, orderId);
  if (already) return { order: already, created: false };

  const sku = await ctx.store.get(COLLECTIONS.skus, input.skuId);
  const product = sku && (await ctx.store.get(COLLECTIONS.products, sku.productId));
  if (!sku || !product || !product.onShelf) throw failWith(ORDERS_ERRORS.SKU_NOT_FOUND, '商品不存在或已下架');
  const line: OrderLineDoc = {
    lineId: `${orderId}-1`,
    productId: product._id,
    skuId: sku._id,
    title: product.title,
    specs: sku.specs,
    imageUrl: product.images[0] ?? '',
    unitPriceFen: sku.priceFen,
    quantity: input.quantity,
    amountFen: toFen(0),
  };
  const priced = priceCart({
    lines: [{ ...line, categoryId: product.categoryId, activity: { kind: input.activity.kind, priceFen: input.activityPriceFen } }],
    member: null,
    coupon: null,
    fullReduction: null,
    points: null,
    shipping: FREE_SHIPPING,
    nowMs: ctx.now.getTime(),
  });
  line.amountFen = priced.lines[0]?.paidFen ?? toFen(0);

  // The regional agent, as createOrder snapshots it; only an activity paying commission pays the agent, so the
  // others (a 秒杀 rush above all) spend no read on it. null (not absent): payment does not look it up again.
  const agent = input.activity.paysCommission ? await agentSnapshotFor(ctx.store, { address: input.address, buyerId: ctx.openid }) : null;
  const order = await newPendingOrder(ctx, {
    orderId,
    lines: [line],
    goodsFen: priced.goodsPaidFen,
    shippingFen: priced.shippingFen,
    totalFen: priced.totalFen,
    address: input.address,
    remark: input.remark,
    agent,
    activity: input.activity,
    ...(input.activity.kind === 'FLASH_SALE' ? { payWithinMinutes: FLASH_SALE_PAY_MINUTES } : {}),
  });

  let created = false;
  const saved = await ctx.store.runTransaction(async (tx) => {
    created = false;
    const existing = await tx.get(COLLECTIONS.orders, orderId);
    if (existing) return existing;
    if (input.reserve) await input.reserve(tx, orderId);
    await takeStock(tx, order);
    await tx.insert(COLLECTIONS.orders, order);
    created = true;
    return order;
  });
  await bindPendingOnFirstOrder(ctx, orderId);
  return { order: saved, created };
}
