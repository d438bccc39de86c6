import { failWith } from '../../../../src/domain/shared/domain-error';
import { STORE_ERRORS, type ReservationView } from '../../../../src/contracts/stores';
import { releaseSlot } from '../../../../src/domain/o2o/reservation-slot';
import { writeAudit } from '../auth/write-audit';
import type { UserContext } from '../../kernel/context';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { ReservationDoc } from '../../kernel/docs/o2o-docs';
import { toReservationView } from './to-reservation-view';
import { moveStatus } from '../../kernel/store/move-status';
import { reservationLifecycle } from '../../../../src/domain/o2o/reservation-lifecycle';

const ATTEMPTS = 5;

/**
 * Cancels a BOOKED booking and gives its place back, in one transaction: the booking moves BOOKED → CANCELLED by
 * compare-and-set, and the slot's `taken` count goes down by compare-and-set on its current value (releasing the
 * shopper's hold), so a concurrent booking or cancel of the same slot makes this attempt retry rather than lose a
 * count. A repeat of a cancel answers the cancelled booking and changes nothing. Staff cancels are audited.
 */
export async function cancelBooking(ctx: UserContext, reservationId: string, by: { staff: boolean }): Promise<ReservationView> {
  const nowIso = ctx.now.toISOString();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const done = await ctx.store.runTransaction(async (tx): Promise<ReservationDoc | null> => {
      const current = await tx.get(COLLECTIONS.reservations, reservationId);
      if (!current) throw failWith(STORE_ERRORS.RESERVATION_NOT_FOUND, '预约不存在');
      if (current.status === 'CANCELLED') return current;
      if (current.status !== 'BOOKED') throw failWith(STORE_ERRORS.RESERVATION_NOT_CANCELLABLE, '该预约已签到，不能取消');
      const slot = await tx.get(COLLECTIONS.slots, current.slotId);
      if (slot && !(await tx.update(COLLECTIONS.slots, slot._id, { taken: slot.taken }, releaseSlot(slot, current.userId)))) return null;
      const cancelled = { cancelledAt: nowIso, cancelledBy: ctx.openid };
      if (!(await moveStatus(tx, { collection: COLLECTIONS.reservations, id: current._id, lifecycle: reservationLifecycle, from: current.status, to: 'CANCELLED', patch: cancelled }))) return null;
      const after = { status: 'CANCELLED' as const, ...cancelled };
      if (by.staff) await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'cancelReservation', target: current._id, before: { status: 'BOOKED' }, after });
      return { ...current, ...after };
    });
    if (done) return toReservationView(done);
  }
  throw failWith(STORE_ERRORS.BUSY);
}
