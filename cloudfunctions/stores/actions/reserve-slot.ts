import { failWith } from '../../../src/domain/shared/domain-error';
import { storesApi } from '../../../src/contracts/api/stores';
import { ORDERS_ERRORS } from '../../../src/contracts/orders';
import { STORE_ERRORS, type ReservationView } from '../../../src/contracts/stores';
import { assertBookableSlot, holdSlot } from '../../../src/domain/o2o/reservation-slot';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadStore } from '../../shared/flows/o2o/load-store';
import { newCounterCode } from '../../shared/flows/o2o/new-counter-code';
import type { ReservationDoc } from '../../shared/kernel/docs/o2o-docs';
import { slotIdFor } from '../../shared/flows/o2o/slot-id';
import { toReservationView } from '../../shared/flows/o2o/to-reservation-view';
import { stableId } from '../../shared/flows/scenes/scene-id';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { ensureUser } from '../../shared/flows/users/ensure-user';
import { isPaidOrder } from '../../../src/domain/order/order-status-groups';

/** Paid-online bookings are tied to a paid order of the shopper's (one booking per order); in-store ones pay at the counter. */
/** How many times one order may book again after cancelling. */
const MAX_REBOOKINGS = 5;


/**
 * Books a service slot (预约). The slot's capacity document (deterministic id store+date+time) is taken by
 * compare-and-set on its `taken` count inside the transaction that creates the booking, so concurrent bookings
 * never exceed the capacity: the loser of a race re-reads and either takes the next place or gets STORE.SLOT_FULL.
 * The slot also lists who holds it, so one shopper holds at most one active booking per slot (STORE.ALREADY_BOOKED,
 * whatever request ids they send); cancelling (shared/flows/o2o/cancel-booking.ts) gives the place back.
 * The booking id comes from the shopper and their request (or their order), so a retry books once.
 */
export const reserveSlot = defineAction(storesApi.actions.reserveSlot, async (ctx, input): Promise<ReservationView> => {
  await ensureUser(ctx);
  // An order books once; after that booking was cancelled the order may book again under the next id (a few times).
  const idFor = (rebook: number) => 'V' + stableId(['reservation', ctx.openid, input.orderId ?? input.requestId, ...(rebook ? [String(rebook)] : [])], 16);
  let id = idFor(0);
  let existing = await ctx.store.get(COLLECTIONS.reservations, id);
  for (let rebook = 1; input.orderId && existing?.status === 'CANCELLED' && rebook <= MAX_REBOOKINGS; rebook++) {
    id = idFor(rebook);
    existing = await ctx.store.get(COLLECTIONS.reservations, id);
  }
  if (existing) return toReservationView(existing);

  const store = await loadStore(ctx.store, input.storeId);
  if (!store.open) throw failWith(STORE_ERRORS.CLOSED, `${store.name}暂停营业`);
  assertBookableSlot({ date: input.date, time: input.time, slotTimes: store.slotTimes, nowMs: ctx.now.getTime() });
  if (input.orderId) {
    const order = await ctx.store.get(COLLECTIONS.orders, input.orderId);
    if (!order || order.buyerId !== ctx.openid) throw failWith(ORDERS_ERRORS.NOT_FOUND, '订单不存在');
    if (!isPaidOrder(order.status)) throw failWith(STORE_ERRORS.PICKUP_NOT_READY, '订单尚未付款，付款后再预约');
  }

  const slotId = slotIdFor(store._id, input.date, input.time);
  const doc: ReservationDoc = {
    _id: id,
    code: newCounterCode(),
    userId: ctx.openid,
    storeId: store._id,
    storeName: store.name,
    productId: input.productId ?? null,
    date: input.date,
    time: input.time,
    slotId,
    payMode: input.payMode,
    orderId: input.orderId ?? null,
    status: 'BOOKED',
    createdAt: ctx.now.toISOString(),
    checkedInAt: null,
    checkedInBy: null,
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    const saved = await ctx.store.runTransaction(async (tx): Promise<ReservationDoc | null> => {
      const again = await tx.get(COLLECTIONS.reservations, id);
      if (again) return again;
      const slot = await tx.get(COLLECTIONS.slots, slotId);
      const { taken, holders } = holdSlot(slot, ctx.openid, store.slotCapacity);
      const took = slot
        ? await tx.update(COLLECTIONS.slots, slotId, { taken: slot.taken }, { taken, holders })
        : await tx.insert(COLLECTIONS.slots, { _id: slotId, storeId: store._id, date: input.date, time: input.time, taken, holders });
      if (!took) return null;
      await tx.insert(COLLECTIONS.reservations, doc);
      return doc;
    });
    if (saved) return toReservationView(saved);
  }
  throw failWith(STORE_ERRORS.BUSY, '预约的人太多了，请重试');
});
