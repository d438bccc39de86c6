import { STORE_ADMIN_FN, type Region, type StoreAdminResults, type StoreAdminView } from '../contracts/stores';
import { callAction } from './call-function';

export type StoreFields = Omit<StoreAdminView, 'id' | 'distanceM' | 'staff' | 'distributorId' | 'version'>;

export const listStores = () => callAction<StoreAdminResults['listStores']>(STORE_ADMIN_FN, 'listStores', {});

export const saveStore = (payload: StoreFields & ({ requestId: string } | { storeId: string; expectedVersion: number })) =>
  callAction<StoreAdminResults['saveStore']>(STORE_ADMIN_FN, 'saveStore', payload);

export const setStoreStaff = (payload: { storeId: string; expectedVersion: number; distributorId: string | null; staff: Array<{ userId: string; title: string }> }) =>
  callAction<StoreAdminResults['setStoreStaff']>(STORE_ADMIN_FN, 'setStoreStaff', payload);

export const createStoreCode = (storeId: string, staffUserId?: string) =>
  callAction<StoreAdminResults['createStoreCode']>(STORE_ADMIN_FN, 'createStoreCode', staffUserId ? { storeId, staffUserId } : { storeId });

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
