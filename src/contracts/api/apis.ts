import { activitiesApi } from './activities';
import { activityAdminApi } from './activity-admin';
import { catalogApi } from './catalog';
import { commissionApi } from './commission';
import { customerAdminApi } from './customer-admin';
import type { Access, ActionName, Api, PayloadIn, ResultOf } from './define-api';
import { distributionAdminApi } from './distribution-admin';
import { distributorApi } from './distributor';
import { financeApi } from './finance';
import { marketingApi } from './marketing';
import { marketingAdminApi } from './marketing-admin';
import { memberApi } from './member';
import { orderAdminApi } from './order-admin';
import { ordersApi } from './orders';
import { productAdminApi } from './product-admin';
import { referralApi } from './referral';
import { reviewsApi } from './reviews';
import { settingsAdminApi } from './settings-admin';
import { staffApi } from './staff';
import { staffAdminApi } from './staff-admin';
import { storeAdminApi } from './store-admin';
import { storesApi } from './stores';

/**
 * Every action-dispatching function's API map by its deployed name (server side and tests: the maps carry the zod
 * schemas, so client code imports a map's type only). A new function's map joins here.
 */
export const APIS = {
  [activitiesApi.fn]: activitiesApi,
  [activityAdminApi.fn]: activityAdminApi,
  [catalogApi.fn]: catalogApi,
  [commissionApi.fn]: commissionApi,
  [customerAdminApi.fn]: customerAdminApi,
  [distributionAdminApi.fn]: distributionAdminApi,
  [distributorApi.fn]: distributorApi,
  [financeApi.fn]: financeApi,
  [marketingApi.fn]: marketingApi,
  [marketingAdminApi.fn]: marketingAdminApi,
  [memberApi.fn]: memberApi,
  [orderAdminApi.fn]: orderAdminApi,
  [ordersApi.fn]: ordersApi,
  [productAdminApi.fn]: productAdminApi,
  [referralApi.fn]: referralApi,
  [reviewsApi.fn]: reviewsApi,
  [settingsAdminApi.fn]: settingsAdminApi,
  [staffApi.fn]: staffApi,
  [staffAdminApi.fn]: staffAdminApi,
  [storeAdminApi.fn]: storeAdminApi,
  [storesApi.fn]: storesApi,
} satisfies Record<string, Api>;

export type Apis = typeof APIS;
export type FnName = keyof Apis & string;
export type FnAction<F extends FnName> = ActionName<Apis[F]>;
export type FnPayload<F extends FnName, K extends FnAction<F>> = PayloadIn<Apis[F], K>;
export type FnResult<F extends FnName, K extends FnAction<F>> = ResultOf<Apis[F], K>;

/** Every action as `fn.action` with the permission its map declares. */
export function accessByAction(): Map<string, Access> {
  const all = Object.values(APIS) as Api[];
  return new Map(all.flatMap((api) => Object.entries(api.actions).map(([action, spec]) => [`${api.fn}.${action}`, spec.permission] as const)));
}

/** Functions whose every action is for staff (a permission or the owner): the authorization matrix covers them all. */
export function adminFunctionNames(): string[] {
  return (Object.values(APIS) as Api[]).filter((api) => Object.values(api.actions).every((spec) => spec.permission !== 'user')).map((api) => api.fn);
}
