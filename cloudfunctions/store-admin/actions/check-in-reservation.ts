import { failWith } from '../../../src/domain/shared/domain-error';
import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import { STORE_ERRORS, type ReservationView } from '../../../src/contracts/stores';
import { isRefundedInFull } from '../../../src/domain/order/kept-spend';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toReservationView } from '../../shared/flows/o2o/to-reservation-view';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { Store } from '../../shared/kernel/store/store';
import { moveStatus } from '../../shared/kernel/store/move-status';
import { reservationLifecycle } from '../../../src/domain/o2o/reservation-lifecycle';
import { isPaidOrder } from '../../../src/domain/order/order-status-groups';

/**
 * Staff check a booking in by its code, once (compare-and-set BOOKED → CHECKED_IN; a repeat is STORE.ALREADY_CHECKED_IN,
 * a cancelled booking STORE.RESERVATION_CANCELLED). Audited. An ONLINE booking whose order has been refunded in full
 * (or is no longer paid) answers orderRefunded, so the counter collects payment instead of showing 已在线支付.
 */
export const checkInReservation = defineAction(storeAdminApi.actions.checkInReservation, async (ctx, input): Promise<ReservationView> => {
  const [found] = await ctx.store.find(COLLECTIONS.reservations, { code: input.code }, { limit: 1 });
  if (!found) throw failWith(STORE_ERRORS.RESERVATION_NOT_FOUND, '预约码不存在');
  const nowIso = ctx.now.toISOString();
  const checkedIn = await ctx.store.runTransaction(async (tx) => {
    const current = await tx.get(COLLECTIONS.reservations, found._id);
    if (current?.status === 'CANCELLED') throw failWith(STORE_ERRORS.RESERVATION_CANCELLED, '该预约已取消，不能签到');
    const checkIn = { checkedInAt: nowIso, checkedInBy: ctx.openid };
    const move = { collection: COLLECTIONS.reservations, id: found._id, lifecycle: reservationLifecycle, from: 'BOOKED', to: 'CHECKED_IN', patch: checkIn } as const;
    if (!current || current.status !== 'BOOKED' || !(await moveStatus(tx, move))) {
      throw failWith(STORE_ERRORS.ALREADY_CHECKED_IN, '该预约已签到，不能重复签到');
    }
    const after = { status: 'CHECKED_IN' as const, ...checkIn };
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'checkInReservation', target: found._id, before: { status: 'BOOKED' }, after });
    return { ...current, ...after };
  });
  return toReservationView(checkedIn, checkedIn.payMode === 'ONLINE' && (await onlineOrderRefunded(ctx.store, checkedIn.orderId)));
});

async function onlineOrderRefunded(store: Store, orderId: string | null): Promise<boolean> {
  const order = orderId ? await store.get(COLLECTIONS.orders, orderId) : null;
  return !order || !isPaidOrder(order.status) || isRefundedInFull(order.lines, order.afterSale);
}
