import { failWith } from '../../../src/domain/shared/domain-error';
import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import { STORE_ERRORS, type ReservationView } from '../../../src/contracts/stores';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { cancelBooking } from '../../shared/flows/o2o/cancel-booking';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** Staff cancel a booking by its counter code (same permission as check-in); the place goes back to the slot. Audited. */
export const cancelReservation = defineAction(storeAdminApi.actions.cancelReservation, async (ctx, input): Promise<ReservationView> => {
  const [found] = await ctx.store.find(COLLECTIONS.reservations, { code: input.code }, { limit: 1 });
  if (!found) throw failWith(STORE_ERRORS.RESERVATION_NOT_FOUND, '预约码不存在');
  return cancelBooking(ctx, found._id, { staff: true });
});
