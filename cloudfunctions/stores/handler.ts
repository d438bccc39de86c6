import { storesApi } from '../../src/contracts/api/stores';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { getMyCouponCode } from './actions/get-my-coupon-code';
import { getMyPickupCode } from './actions/get-my-pickup-code';
import { getStore } from './actions/get-store';
import { listMyReservations } from './actions/list-my-reservations';
import { listNearbyStores } from './actions/list-nearby-stores';
import { listSlots } from './actions/list-slots';
import { reserveSlot } from './actions/reserve-slot';
import { cancelReservation } from './actions/cancel-reservation';
import { getCounter } from './actions/get-counter';
import { quoteCounterBill } from './actions/quote-counter-bill';
import { createCounterOrder } from './actions/create-counter-order';

/** 门店 for shoppers: nearby stores, a store, my pickup code, slots and bookings, my in-store coupon's counter code, 优惠买单. */
export const storesHandler = createHandler(storesApi, { listNearbyStores, getStore, getMyPickupCode, listSlots, reserveSlot, listMyReservations, getMyCouponCode, cancelReservation, getCounter, quoteCounterBill, createCounterOrder });
