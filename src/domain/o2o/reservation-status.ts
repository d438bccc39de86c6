/** A booking is paid online with an order, or in the store at check-in. */
export type ReservationPayMode = 'ONLINE' | 'IN_STORE';
/** CANCELLED: by the shopper before the slot, or by staff; its place went back to the slot. */
export type ReservationStatus = 'BOOKED' | 'CHECKED_IN' | 'CANCELLED';
