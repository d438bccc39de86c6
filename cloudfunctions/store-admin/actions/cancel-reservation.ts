import { STORE_ERRORS, type ReservationView } from '../../../src/contracts/stores';
import { storeAdminInputs } from '../../../src/contracts/stores-inputs';
import { DomainError } from '../../../src/domain/shared/domain-error';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { cancelBooking } from '../../shared/flows/o2o/cancel-booking';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** Staff cancel a booking by its counter code (same permission as check-in); the place goes back to the slot. Audited. */
export const cancelReservation = defineAction(storeAdminInputs.cancelReservation, async (ctx, input): Promise<ReservationView> => {
  await requirePermission(ctx, 'orders');
  const [found] = await ctx.store.find(COLLECTIONS.reservations, { code: input.code }, { limit: 1 });
  if (!found) throw new DomainError(STORE_ERRORS.RESERVATION_NOT_FOUND, '预约码不存在');
  return cancelBooking(ctx, found._id, { staff: true });
});
