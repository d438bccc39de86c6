import { STORE_ADMIN_FN, type StoreAdminView } from '../contracts/stores';
import { apiClient } from './call-function';
import type { storeAdminApi } from '../contracts/api/store-admin';

const storeAdminClient = apiClient<typeof storeAdminApi>(STORE_ADMIN_FN);

export type StoreFields = Omit<StoreAdminView, 'id' | 'distanceM' | 'staff' | 'distributorId' | 'version'>;

export const listStores = () => storeAdminClient.listStores();

export const saveStore = storeAdminClient.saveStore;

export const setStoreStaff = storeAdminClient.setStoreStaff;

export const createStoreCode = (storeId: string, staffUserId?: string, purpose?: 'SHOP' | 'COUNTER') =>
  storeAdminClient.createStoreCode({ storeId, ...(staffUserId ? { staffUserId } : {}), ...(purpose ? { purpose } : {}) });

export const verifyPickup = (code: string) => storeAdminClient.verifyPickup({ code });

export const checkInReservation = (code: string) => storeAdminClient.checkInReservation({ code });
export const cancelReservationByCode = (code: string) => storeAdminClient.cancelReservation({ code });

export const listAgents = () => storeAdminClient.listAgents();

export const saveAgent = storeAdminClient.saveAgent;

export const removeAgent = (agentId: string) => storeAdminClient.removeAgent({ agentId });

export const getStoreReport = () => storeAdminClient.getStoreReport();

export const getRegionReport = () => storeAdminClient.getRegionReport();

export const verifyCoupon = (code: string, storeId: string) => storeAdminClient.verifyCoupon({ code, storeId });

export const uploadStoreImage = storeAdminClient.uploadStoreImage;

export const getStaffReport = (storeId: string) => storeAdminClient.getStaffReport({ storeId });

/** 优惠买单 of one store: its settings, and its payments (refund one with order-admin's refundOrderLine). */
export const getCounterSettings = (storeId: string) => storeAdminClient.getCounterSettings({ storeId });
export const saveCounterSettings = storeAdminClient.saveCounterSettings;
export const listCounterPayments = (storeId: string, cursor?: number) =>
  storeAdminClient.listCounterPayments(cursor ? { storeId, cursor } : { storeId });
