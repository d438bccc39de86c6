import { storesApi } from '../../../src/contracts/api/stores';
import type { CounterOrderView } from '../../../src/contracts/counter';
import { toFen } from '../../../src/domain/money/fen';
import type { OrderDoc } from '../../shared/kernel/docs/docs';
import { billAtStore } from '../../shared/flows/counter/bill-at-store';
import { counterSettingsOf } from '../../shared/flows/counter/counter-settings-of';
import { newPendingOrder } from '../../shared/flows/orders/new-pending-order';
import { stableId } from '../../shared/flows/scenes/scene-id';
import { ensureUser } from '../../shared/flows/users/ensure-user';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

const toView = (order: OrderDoc): CounterOrderView => ({
  orderId: order._id,
  billFen: toFen(order.counter?.billFen ?? order.totalFen),
  excludedFen: toFen(order.counter?.excludedFen ?? 0),
  discountFen: toFen(order.counter?.discountFen ?? 0),
  payFen: toFen(order.totalFen),
  offerLabel: order.counter?.offerLabel ?? '',
});

/**
 * 优惠买单: the shopper's bill becomes an unpaid order of one synthetic line (the amount to pay), paid like any order
 * (orders.prepayOrder, the same payment callback), refunded by staff like any line, in the statistics and the
 * ledger like any order. The discount is computed here from the store's settings, never taken from the payload; the
 * store's commission switch is snapshotted on the order. The id derives from (buyer, requestId): a retried submit
 * returns the same order. No stock and no holds: nothing is reserved.
 */
export const createCounterOrder = defineAction(storesApi.actions.createCounterOrder, async (ctx, input): Promise<CounterOrderView> => {
  await ensureUser(ctx);
  const orderId = 'O' + stableId(['counter', ctx.openid, input.requestId], 20);
  const existing = await ctx.store.get(COLLECTIONS.orders, orderId);
  if (existing) return toView(existing);
  const { store, bill } = await billAtStore(ctx, input.storeId, input);
  const title = `优惠买单 · ${store.name}`;
  const order = await newPendingOrder(ctx, {
    orderId,
    lines: [{ lineId: `${orderId}-1`, productId: `counter:${store._id}`, skuId: `counter:${store._id}`, title, specs: bill.offerLabel || '到店消费', imageUrl: store.photos[0] ?? '', unitPriceFen: bill.payFen, quantity: 1, amountFen: bill.payFen }],
    goodsFen: bill.payFen,
    shippingFen: toFen(0),
    totalFen: bill.payFen,
    address: { name: '到店买单', phone: store.phone, region: [store.region.province, store.region.city, store.region.district].filter(Boolean).join(' '), detail: `${store.name} ${store.address}` },
    remark: undefined,
    agent: null,
  });
  order.counter = { storeId: store._id, storeName: store.name, billFen: bill.billFen, excludedFen: bill.excludedFen, discountFen: bill.discountFen, offerLabel: bill.offerLabel, paysCommission: counterSettingsOf(store).paysCommission };
  if (!(await ctx.store.insert(COLLECTIONS.orders, order))) {
    const raced = await ctx.store.get(COLLECTIONS.orders, orderId);
    if (raced) return toView(raced);
  }
  return toView(order);
});
