import { reservationLifecycle } from './reservation-lifecycle';

describe('reservationLifecycle', () => {
  it('checks in or cancels a booking once, and nothing after', () => {
    expect(reservationLifecycle.can('BOOKED', 'CHECKED_IN')).toBe(true);
    expect(reservationLifecycle.can('BOOKED', 'CANCELLED')).toBe(true);
    expect(reservationLifecycle.can('CHECKED_IN', 'CANCELLED')).toBe(false);
    expect(reservationLifecycle.can('CANCELLED', 'BOOKED')).toBe(false);
  });
});
