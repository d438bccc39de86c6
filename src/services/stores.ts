import { STORES_FN, type GeoPoint } from '../contracts/stores';
import { apiClient } from './call-function';
import type { storesApi } from '../contracts/api/stores';

const storesClient = apiClient<typeof storesApi>(STORES_FN);

export const listNearbyStores = (location?: GeoPoint) => storesClient.listNearbyStores(location ? { location } : {});

export const getStore = (storeId: string) => storesClient.getStore({ storeId });

export const getMyPickupCode = (orderId: string) => storesClient.getMyPickupCode({ orderId });

export const listSlots = (storeId: string, date: string) => storesClient.listSlots({ storeId, date });

export const reserveSlot = storesClient.reserveSlot;

export const listMyReservations = storesClient.listMyReservations;
export const cancelReservation = (reservationId: string) => storesClient.cancelReservation({ reservationId });

/** 到店使用: the counter code of one of my in-store coupons. */
export const getMyCouponCode = (couponId: string) => storesClient.getMyCouponCode({ couponId });

/** 优惠买单: the store's offer, the server's bill for the amounts typed, and the order that pays it. */
export const getCounter = (storeId: string) => storesClient.getCounter({ storeId });
export const quoteCounterBill = storesClient.quoteCounterBill;
export const createCounterOrder = storesClient.createCounterOrder;
