import { catalogHandler } from '../cloudfunctions/catalog/handler';
import { customerAdminHandler } from '../cloudfunctions/customer-admin/handler';
import { commissionHandler } from '../cloudfunctions/commission/handler';
import { distributionAdminHandler } from '../cloudfunctions/distribution-admin/handler';
import { distributorHandler } from '../cloudfunctions/distributor/handler';
import { financeHandler } from '../cloudfunctions/finance/handler';
import { orderAdminHandler } from '../cloudfunctions/order-admin/handler';
import { ordersHandler } from '../cloudfunctions/orders/handler';
import { paymentCallbackHandler } from '../cloudfunctions/payment-callback/handler';
import { referralHandler } from '../cloudfunctions/referral/handler';
import { reconcileHandler } from '../cloudfunctions/reconcile/handler';
import { refundCallbackHandler } from '../cloudfunctions/refund-callback/handler';
import { settlementHandler } from '../cloudfunctions/settlement/handler';
import { staffHandler } from '../cloudfunctions/staff/handler';
import { staffAdminHandler } from '../cloudfunctions/staff-admin/handler';
import { productAdminHandler } from '../cloudfunctions/product-admin/handler';
import { settingsAdminHandler } from '../cloudfunctions/settings-admin/handler';
import { activitiesHandler } from '../cloudfunctions/activities/handler';
import { activityAdminHandler } from '../cloudfunctions/activity-admin/handler';
import { activityTimerHandler } from '../cloudfunctions/activity-timer/handler';
import { jobsHandler } from '../cloudfunctions/jobs/handler';
import { orderTimerHandler } from '../cloudfunctions/order-timer/handler';
import { marketingHandler } from '../cloudfunctions/marketing/handler';
import { marketingAdminHandler } from '../cloudfunctions/marketing-admin/handler';
import { storesHandler } from '../cloudfunctions/stores/handler';
import { storeAdminHandler } from '../cloudfunctions/store-admin/handler';
import { reviewsHandler } from '../cloudfunctions/reviews/handler';
import { memberHandler } from '../cloudfunctions/member/handler';
import { adminFunctionNames } from '../src/contracts/api/apis';
import type { FunctionHandler } from '../cloudfunctions/shared/kernel/handler/define-action';

/** Every deployable cloud function by its deployed name; the local gateway serves exactly these. */
export const FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  catalog: catalogHandler,
  orders: ordersHandler,
  'payment-callback': paymentCallbackHandler,
  referral: referralHandler,
  distributor: distributorHandler,
  commission: commissionHandler,
  finance: financeHandler,
  'order-admin': orderAdminHandler,
  settlement: settlementHandler,
  reconcile: reconcileHandler,
  'refund-callback': refundCallbackHandler,
  'distribution-admin': distributionAdminHandler,
  staff: staffHandler,
  'staff-admin': staffAdminHandler,
  'product-admin': productAdminHandler,
  'settings-admin': settingsAdminHandler,
  'customer-admin': customerAdminHandler,
  activities: activitiesHandler,
  'activity-admin': activityAdminHandler,
  'activity-timer': activityTimerHandler,
  jobs: jobsHandler,
  'order-timer': orderTimerHandler,
  marketing: marketingHandler,
  'marketing-admin': marketingAdminHandler,
  stores: storesHandler,
  'store-admin': storeAdminHandler,
  reviews: reviewsHandler,
  member: memberHandler,
};

/**
 * Functions whose every action is for staff (a permission or the owner role, as their API maps declare; the handler
 * checks it). The authorization matrix test calls each of their actions as every kind of caller.
 */
export const ADMIN_FUNCTIONS: readonly string[] = adminFunctionNames();
