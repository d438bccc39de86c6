import { defineApi, returns, type ResultsOf } from './define-api';
import { counterInputs } from '../counter-inputs';
import type { CounterOrderView, CounterQuoteView, CounterView } from '../counter';
import { storesInputs } from '../stores-inputs';
import { STORES_FN, type CouponCounterCodeView, type PickupCodeView, type ReservationView, type SlotAvailabilityView, type StoreView } from '../stores';
import type { Page } from '../paging';

/** The stores function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const storesApi = defineApi(STORES_FN, {
  listNearbyStores: { input: storesInputs.listNearbyStores, result: returns<StoreView[]>(), permission: 'user' },
  getStore: { input: storesInputs.getStore, result: returns<StoreView>(), permission: 'user' },
  getMyPickupCode: { input: storesInputs.getMyPickupCode, result: returns<PickupCodeView>(), permission: 'user' },
  listSlots: { input: storesInputs.listSlots, result: returns<SlotAvailabilityView[]>(), permission: 'user' },
  reserveSlot: { input: storesInputs.reserveSlot, result: returns<ReservationView>(), permission: 'user' },
  listMyReservations: { input: storesInputs.listMyReservations, result: returns<Page<ReservationView>>(), permission: 'user' },
  cancelReservation: { input: storesInputs.cancelReservation, result: returns<ReservationView>(), permission: 'user' },
  getMyCouponCode: { input: storesInputs.getMyCouponCode, result: returns<CouponCounterCodeView>(), permission: 'user' },
  createCounterOrder: { input: counterInputs.createCounterOrder, result: returns<CounterOrderView>(), permission: 'user' },
  getCounter: { input: counterInputs.getCounter, result: returns<CounterView>(), permission: 'user' },
  quoteCounterBill: { input: counterInputs.quoteCounterBill, result: returns<CounterQuoteView>(), permission: 'user' },
});

/** Every action's result by name (from the API map). */
export type StoresResults = ResultsOf<typeof storesApi>;
