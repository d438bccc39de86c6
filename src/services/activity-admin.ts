import { ACTIVITY_ADMIN_FN } from '../contracts/activities';
import { apiClient } from './call-function';
import type { activityAdminApi } from '../contracts/api/activity-admin';

const activityAdminClient = apiClient<typeof activityAdminApi>(ACTIVITY_ADMIN_FN);

export const listFlashSales = () => activityAdminClient.listFlashSales();
export const saveFlashSale = activityAdminClient.saveFlashSale;
export const deleteFlashSale = (id: string) => activityAdminClient.deleteFlashSale({ id });
export const listGroupBuys = () => activityAdminClient.listGroupBuys();
export const saveGroupBuy = activityAdminClient.saveGroupBuy;
export const deleteGroupBuy = (id: string) => activityAdminClient.deleteGroupBuy({ id });
export const listBargainActivities = () => activityAdminClient.listBargainActivities();
export const saveBargainActivity = activityAdminClient.saveBargainActivity;
export const deleteBargainActivity = (id: string) => activityAdminClient.deleteBargainActivity({ id });
export const listGroups = () => activityAdminClient.listGroups();
export const listBargains = () => activityAdminClient.listBargains();
