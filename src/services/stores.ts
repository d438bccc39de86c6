import { STORES_FN, type GeoPoint, type StoresResults } from '../contracts/stores';
import { callAction } from './call-function';

export const listNearbyStores = (location?: GeoPoint) => callAction<StoresResults['listNearbyStores']>(STORES_FN, 'listNearbyStores', location ? { location } : {});

export const getStore = (storeId: string) => callAction<StoresResults['getStore']>(STORES_FN, 'getStore', { storeId });

export const getMyPickupCode = (orderId: string) => callAction<StoresResults['getMyPickupCode']>(STORES_FN, 'getMyPickupCode', { orderId });

export const listSlots = (storeId: string, date: string) => callAction<StoresResults['listSlots']>(STORES_FN, 'listSlots', { storeId, date });

export const reserveSlot = (payload: { requestId: string; storeId: string; date: string; time: string; payMode: 'IN_STORE' | 'ONLINE'; productId?: string; orderId?: string }) =>
  callAction<StoresResults['reserveSlot']>(STORES_FN, 'reserveSlot', payload);

export const listMyReservations = (payload: { cursor?: number; limit?: number } = {}) => callAction<StoresResults['listMyReservations']>(STORES_FN, 'listMyReservations', payload);
export const cancelReservation = (reservationId: string) => callAction<StoresResults['cancelReservation']>(STORES_FN, 'cancelReservation', { reservationId });

/** 到店使用: the counter code of one of my in-store coupons. */
export const getMyCouponCode = (couponId: string) => callAction<StoresResults['getMyCouponCode']>(STORES_FN, 'getMyCouponCode', { couponId });

/** 优惠买单: the store's offer, the server's bill for the amounts typed, and the order that pays it. */
export const getCounter = (storeId: string) => callAction<StoresResults['getCounter']>(STORES_FN, 'getCounter', { storeId });
export const quoteCounterBill = (payload: { storeId: string; billFen: number; excludedFen: number }) => callAction<StoresResults['quoteCounterBill']>(STORES_FN, 'quoteCounterBill', payload);
export const createCounterOrder = (payload: { requestId: string; storeId: string; billFen: number; excludedFen: number }) =>
  callAction<StoresResults['createCounterOrder']>(STORES_FN, 'createCounterOrder', payload);
