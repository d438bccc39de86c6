import { defineApi, returns, type ResultsOf } from './define-api';
import { activityAdminInputs } from '../activities-inputs';
import { ACTIVITY_ADMIN_FN, type AdminBargainRow, type AdminGroupRow, type BargainActivityView, type FlashSaleView, type GroupBuyView } from '../activities';

/** The activity-admin function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const activityAdminApi = defineApi(ACTIVITY_ADMIN_FN, {
  listFlashSales: { input: activityAdminInputs.listFlashSales, result: returns<FlashSaleView[]>(), permission: 'marketing' },
  saveFlashSale: { input: activityAdminInputs.saveFlashSale, result: returns<FlashSaleView>(), permission: 'marketing' },
  deleteFlashSale: { input: activityAdminInputs.deleteFlashSale, result: returns<{ deleted: true }>(), permission: 'marketing' },
  listGroupBuys: { input: activityAdminInputs.listGroupBuys, result: returns<GroupBuyView[]>(), permission: 'marketing' },
  saveGroupBuy: { input: activityAdminInputs.saveGroupBuy, result: returns<GroupBuyView>(), permission: 'marketing' },
  deleteGroupBuy: { input: activityAdminInputs.deleteGroupBuy, result: returns<{ deleted: true }>(), permission: 'marketing' },
  listBargainActivities: { input: activityAdminInputs.listBargainActivities, result: returns<BargainActivityView[]>(), permission: 'marketing' },
  saveBargainActivity: { input: activityAdminInputs.saveBargainActivity, result: returns<BargainActivityView>(), permission: 'marketing' },
  deleteBargainActivity: { input: activityAdminInputs.deleteBargainActivity, result: returns<{ deleted: true }>(), permission: 'marketing' },
  listGroups: { input: activityAdminInputs.listGroups, result: returns<AdminGroupRow[]>(), permission: 'marketing' },
  listBargains: { input: activityAdminInputs.listBargains, result: returns<AdminBargainRow[]>(), permission: 'marketing' },
});

/** Every action's result by name (from the API map). */
export type ActivityAdminResults = ResultsOf<typeof activityAdminApi>;
