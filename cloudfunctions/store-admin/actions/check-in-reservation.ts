import { failWith } from '../../../src/domain/shared/domain-error';
import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import { STORE_ERRORS, type ReservationView } from '../../../src/contracts/stores';
import { isRefundedInFull } from '../../../src/domain/order/kept-spend';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import type { ReservationDoc } from '../../shared/kernel/docs/o2o-docs';
import { toReservationView } from '../../shared/flows/o2o/to-reservation-view';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { Store } from '../../shared/kernel/store/store';
import type { OrderDoc } from '../../shared/kernel/docs/docs';

/**
 * Staff check a booking in by its code, once (compare-and-set BOOKED → CHECKED_IN; a repeat is STORE.ALREADY_CHECKED_IN,
 * a cancelled booking STORE.RESERVATION_CANCELLED). Audited. An ONLINE booking whose order has been refunded in full
 * (or is no longer paid) answers orderRefunded, so the counter collects payment instead of showing 已在线支付.
 */
export const checkInReservation = defineAction(storeAdminApi.actions.checkInReservation, async (ctx, input): Promise<ReservationView> => {
  const [found] = await ctx.store.find<ReservationDoc>(COLLECTIONS.reservations, { code: input.code }, { limit: 1 });
  if (!found) throw failWith(STORE_ERRORS.RESERVATION_NOT_FOUND, '预约码不存在');
  const nowIso = ctx.now.toISOString();
  const checkedIn = await ctx.store.runTransaction(async (tx) => {
    const current = await tx.get<ReservationDoc>(COLLECTIONS.reservations, found._id);
    if (current?.status === 'CANCELLED') throw failWith(STORE_ERRORS.RESERVATION_CANCELLED);
    const patch = { status: 'CHECKED_IN' as const, checkedInAt: nowIso, checkedInBy: ctx.openid };
    if (!current || current.status !== 'BOOKED' || !(await tx.update(COLLECTIONS.reservations, found._id, { status: 'BOOKED' }, patch))) {
      throw failWith(STORE_ERRORS.ALREADY_CHECKED_IN);
    }
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'checkInReservation', target: found._id, before: { status: 'BOOKED' }, after: patch });
    return { ...current, ...patch };
  });
  return toReservationView(checkedIn, checkedIn.payMode === 'ONLINE' && (await onlineOrderRefunded(ctx.store, checkedIn.orderId)));
});

const PAID_STATUSES: ReadonlyArray<OrderDoc['status']> = ['PAID', 'SHIPPED', 'RECEIVED', 'COMPLETED'];

async function onlineOrderRefunded(store: Store, orderId: string | null): Promise<boolean> {
  const order = orderId ? await store.get<OrderDoc>(COLLECTIONS.orders, orderId) : null;
  return !order || !PAID_STATUSES.includes(order.status) || isRefundedInFull(order.lines, order.afterSale);
}
