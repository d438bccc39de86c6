import { storeAdminApi } from '../../src/contracts/api/store-admin';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { checkInReservation } from './actions/check-in-reservation';
import { createStoreCode } from './actions/create-store-code';
import { getStaffReport } from './actions/get-staff-report';
import { getRegionReport } from './actions/get-region-report';
import { getStoreReport } from './actions/get-store-report';
import { listAgents } from './actions/list-agents';
import { listStores } from './actions/list-stores';
import { removeAgent } from './actions/remove-agent';
import { saveAgent } from './actions/save-agent';
import { saveStore } from './actions/save-store';
import { setStoreStaff } from './actions/set-store-staff';
import { uploadStoreImage } from './actions/upload-store-image';
import { verifyCoupon } from './actions/verify-coupon';
import { verifyPickup } from './actions/verify-pickup';
import { cancelReservation } from './actions/cancel-reservation';
import { getCounterSettings } from './actions/get-counter-settings';
import { saveCounterSettings } from './actions/save-counter-settings';
import { listCounterPayments } from './actions/list-counter-payments';

/**
 * 门店管理 (staff). Permissions: stores, staff, codes, slot settings 'settings'; pickup verification and reservation
 * check-in and in-store coupon 核销 'orders'; store photo upload 'settings'; regional agents 'distribution'; reports 'finance'; 优惠买单 settings 'settings', its payments 'orders'. Every write is audited.
 */
export const storeAdminHandler = createHandler(storeAdminApi, {
  listStores,
  saveStore,
  setStoreStaff,
  createStoreCode,
  verifyPickup,
  checkInReservation,
  listAgents,
  saveAgent,
  removeAgent,
  getStoreReport,
  getRegionReport,
  verifyCoupon,
  uploadStoreImage,
  getStaffReport,
  cancelReservation,
  getCounterSettings,
  saveCounterSettings,
  listCounterPayments,
});
