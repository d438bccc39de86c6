import { failWith } from '../../../src/domain/shared/domain-error';
import { storesApi } from '../../../src/contracts/api/stores';
import { STORE_ERRORS, type ReservationView } from '../../../src/contracts/stores';
import { assertCancellableByShopper } from '../../../src/domain/o2o/reservation-slot';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { cancelBooking } from '../../shared/flows/o2o/cancel-booking';
import { toReservationView } from '../../shared/flows/o2o/to-reservation-view';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** The shopper cancels their own booking before its slot starts; the place goes back to the slot. Someone else's booking answers like a missing one. */
export const cancelReservation = defineAction(storesApi.actions.cancelReservation, async (ctx, input): Promise<ReservationView> => {
  const booking = await ctx.store.get(COLLECTIONS.reservations, input.reservationId);
  if (!booking || booking.userId !== ctx.openid) throw failWith(STORE_ERRORS.RESERVATION_NOT_FOUND, '预约不存在');
  if (booking.status === 'CANCELLED') return toReservationView(booking);
  assertCancellableByShopper({ date: booking.date, time: booking.time, nowMs: ctx.now.getTime() });
  return cancelBooking(ctx, booking._id, { staff: false });
});
