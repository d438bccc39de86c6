import { defineLifecycle } from '../shared/define-lifecycle';
import type { ReservationStatus } from './reservation-status';

/** The single reservation lifecycle: BOOKED until the shopper arrives (CHECKED_IN) or it is called off (CANCELLED). */
export const reservationLifecycle = defineLifecycle<ReservationStatus>({
  transitions: {
    BOOKED: ['CHECKED_IN', 'CANCELLED'],
    CHECKED_IN: [],
    CANCELLED: [],
  },
  initial: ['BOOKED'],
  terminal: ['CHECKED_IN', 'CANCELLED'],
  error: { code: 'RESERVATION.INVALID_TRANSITION', message: '预约状态不允许此操作' },
});
