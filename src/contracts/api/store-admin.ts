import { defineApi, returns, type ResultsOf } from './define-api';
import { counterAdminInputs } from '../counter-inputs';
import type { CounterAdminView, CounterPaymentView } from '../counter';
import type { Page } from '../paging';
import { storeAdminInputs } from '../stores-inputs';
import { STORE_ADMIN_FN, type AgentView, type RegionReportRow, type ReservationView, type StaffReportRow, type StoreAdminView, type StoreCodeView, type StoreReportRow, type VerifyCouponResult, type VerifyPickupResult } from '../stores';

/** The store-admin function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const storeAdminApi = defineApi(STORE_ADMIN_FN, {
  listStores: { input: storeAdminInputs.listStores, result: returns<StoreAdminView[]>(), permission: 'settings' },
  saveStore: { input: storeAdminInputs.saveStore, result: returns<StoreAdminView>(), permission: 'settings' },
  setStoreStaff: { input: storeAdminInputs.setStoreStaff, result: returns<StoreAdminView>(), permission: 'settings' },
  createStoreCode: { input: storeAdminInputs.createStoreCode, result: returns<StoreCodeView>(), permission: 'settings' },
  verifyPickup: { input: storeAdminInputs.verifyPickup, result: returns<VerifyPickupResult>(), permission: 'orders' },
  checkInReservation: { input: storeAdminInputs.checkInReservation, result: returns<ReservationView>(), permission: 'orders' },
  cancelReservation: { input: storeAdminInputs.cancelReservation, result: returns<ReservationView>(), permission: 'orders' },
  listAgents: { input: storeAdminInputs.listAgents, result: returns<AgentView[]>(), permission: 'distribution' },
  saveAgent: { input: storeAdminInputs.saveAgent, result: returns<AgentView>(), permission: 'distribution' },
  removeAgent: { input: storeAdminInputs.removeAgent, result: returns<{ removed: boolean }>(), permission: 'distribution' },
  getStoreReport: { input: storeAdminInputs.getStoreReport, result: returns<StoreReportRow[]>(), permission: 'finance' },
  getRegionReport: { input: storeAdminInputs.getRegionReport, result: returns<RegionReportRow[]>(), permission: 'finance' },
  verifyCoupon: { input: storeAdminInputs.verifyCoupon, result: returns<VerifyCouponResult>(), permission: 'orders' },
  uploadStoreImage: { input: storeAdminInputs.uploadStoreImage, result: returns<{ url: string }>(), permission: 'settings' },
  getStaffReport: { input: storeAdminInputs.getStaffReport, result: returns<StaffReportRow[]>(), permission: 'finance' },
  getCounterSettings: { input: counterAdminInputs.getCounterSettings, result: returns<CounterAdminView>(), permission: 'settings' },
  listCounterPayments: { input: counterAdminInputs.listCounterPayments, result: returns<Page<CounterPaymentView>>(), permission: 'orders' },
  saveCounterSettings: { input: counterAdminInputs.saveCounterSettings, result: returns<CounterAdminView>(), permission: 'settings' },
});

/** Every action's result by name (from the API map). */
export type StoreAdminResults = ResultsOf<typeof storeAdminApi>;
