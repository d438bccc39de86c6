import { activityAdminApi } from '../../src/contracts/api/activity-admin';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { deleteBargainActivity, listBargainActivities, listBargains, saveBargainActivity } from './actions/bargain-activities';
import { deleteFlashSale, listFlashSales, saveFlashSale } from './actions/flash-sales';
import { deleteGroupBuy, listGroupBuys, listGroups, saveGroupBuy } from './actions/group-buys';

/** 营销活动管理: 秒杀, 拼团 and 砍价 activities (with the per-activity commission choice), groups and bargains. Every action needs 'marketing' (src/contracts/api/activity-admin.ts). */
export const activityAdminHandler = createHandler(activityAdminApi, {
  listFlashSales,
  saveFlashSale,
  deleteFlashSale,
  listGroupBuys,
  saveGroupBuy,
  deleteGroupBuy,
  listBargainActivities,
  saveBargainActivity,
  deleteBargainActivity,
  listGroups,
  listBargains,
});
