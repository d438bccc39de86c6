import { STORE_ADMIN_FN, type Region, type StoreAdminResults, type StoreAdminView } from '../contracts/stores';
import type { CounterPaySettings } from '../contracts/counter';
import { callAction } from './call-function';

export type StoreFields = Omit<StoreAdminView, 'id' | 'distanceM' | 'staff' | 'distributorId' | 'version'>;

export const listStores = () => callAction<StoreAdminResults['listStores']>(STORE_ADMIN_FN, 'listStores', {});

export const saveStore = (payload: StoreFields & ({ requestId: string } | { storeId: string; expectedVersion: number })) =>
  callAction<StoreAdminResults['saveStore']>(STORE_ADMIN_FN, 'saveStore', payload);

export const setStoreStaff = (payload: { storeId: string; expectedVersion: number; distributorId: string | null; staff: Array<{ userId: string; title: string }> }) =>
  callAction<StoreAdminResults['setStoreStaff']>(STORE_ADMIN_FN, 'setStoreStaff', payload);

export const createStoreCode = (storeId: string, staffUserId?: string, purpose?: 'SHOP' | 'COUNTER') =>
  callAction<StoreAdminResults['createStoreCode']>(STORE_ADMIN_FN, 'createStoreCode', { storeId, ...(staffUserId ? { staffUserId } : {}), ...(purpose ? { purpose } : {}) });

export const verifyPickup = (code: string) => callAction<StoreAdminResults['verifyPickup']>(STORE_ADMIN_FN, 'verifyPickup', { code });

export const checkInReservation = (code: string) => callAction<StoreAdminResults['checkInReservation']>(STORE_ADMIN_FN, 'checkInReservation', { code });
export const cancelReservationByCode = (code: string) => callAction<StoreAdminResults['cancelReservation']>(STORE_ADMIN_FN, 'cancelReservation', { code });

export const listAgents = () => callAction<StoreAdminResults['listAgents']>(STORE_ADMIN_FN, 'listAgents', {});

export const saveAgent = (payload: { userId: string; region: Region; rateBps: number }) => callAction<StoreAdminResults['saveAgent']>(STORE_ADMIN_FN, 'saveAgent', payload);

export const removeAgent = (agentId: string) => callAction<StoreAdminResults['removeAgent']>(STORE_ADMIN_FN, 'removeAgent', { agentId });

export const getStoreReport = () => callAction<StoreAdminResults['getStoreReport']>(STORE_ADMIN_FN, 'getStoreReport', {});

export const getRegionReport = () => callAction<StoreAdminResults['getRegionReport']>(STORE_ADMIN_FN, 'getRegionReport', {});

export const verifyCoupon = (code: string, storeId: string) => callAction<StoreAdminResults['verifyCoupon']>(STORE_ADMIN_FN, 'verifyCoupon', { code, storeId });

export const uploadStoreImage = (payload: { contentType: 'image/png' | 'image/jpeg'; dataBase64: string }) =>
  callAction<StoreAdminResults['uploadStoreImage']>(STORE_ADMIN_FN, 'uploadStoreImage', payload);

export const getStaffReport = (storeId: string) => callAction<StoreAdminResults['getStaffReport']>(STORE_ADMIN_FN, 'getStaffReport', { storeId });

/** 优惠买单 of one store: its settings, and its payments (refund one with order-admin's refundOrderLine). */
export const getCounterSettings = (storeId: string) => callAction<StoreAdminResults['getCounterSettings']>(STORE_ADMIN_FN, 'getCounterSettings', { storeId });
export const saveCounterSettings = (payload: { storeId: string; expectedVersion: number; settings: CounterPaySettings }) =>
  callAction<StoreAdminResults['saveCounterSettings']>(STORE_ADMIN_FN, 'saveCounterSettings', payload);
export const listCounterPayments = (storeId: string, cursor?: number) =>
  callAction<StoreAdminResults['listCounterPayments']>(STORE_ADMIN_FN, 'listCounterPayments', cursor ? { storeId, cursor } : { storeId });
