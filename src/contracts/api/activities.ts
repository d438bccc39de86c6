import { defineApi, returns, type ResultsOf } from './define-api';
import { activitiesInputs } from '../activities-inputs';
import { ACTIVITIES_FN, type ActivityListView, type BargainActivityView, type BargainView, type FlashSaleView, type GroupBuyView, type GroupView, type PayRequestView } from '../activities';
import type { Fen } from '../../domain/money/fen';
import type { OrderView, PrepayView } from '../orders';

/** The activities function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const activitiesApi = defineApi(ACTIVITIES_FN, {
  listActivities: { input: activitiesInputs.listActivities, result: returns<ActivityListView>(), permission: 'user' },
  getFlashSale: { input: activitiesInputs.getFlashSale, result: returns<FlashSaleView>(), permission: 'user' },
  buyFlashSale: { input: activitiesInputs.buyFlashSale, result: returns<OrderView>(), permission: 'user' },
  getGroupBuy: { input: activitiesInputs.getGroupBuy, result: returns<GroupBuyView>(), permission: 'user' },
  openGroup: { input: activitiesInputs.openGroup, result: returns<{ groupId: string; order: OrderView }>(), permission: 'user' },
  joinGroup: { input: activitiesInputs.joinGroup, result: returns<{ groupId: string; order: OrderView }>(), permission: 'user' },
  getGroup: { input: activitiesInputs.getGroup, result: returns<GroupView>(), permission: 'user' },
  getBargainActivity: { input: activitiesInputs.getBargainActivity, result: returns<{ activity: BargainActivityView; myBargainId: string | null }>(), permission: 'user' },
  startBargain: { input: activitiesInputs.startBargain, result: returns<BargainView>(), permission: 'user' },
  helpBargain: { input: activitiesInputs.helpBargain, result: returns<{ cutFen: Fen; bargain: BargainView }>(), permission: 'user' },
  getBargain: { input: activitiesInputs.getBargain, result: returns<BargainView>(), permission: 'user' },
  buyBargain: { input: activitiesInputs.buyBargain, result: returns<OrderView>(), permission: 'user' },
  createPayRequest: { input: activitiesInputs.createPayRequest, result: returns<PayRequestView>(), permission: 'user' },
  getPayRequest: { input: activitiesInputs.getPayRequest, result: returns<PayRequestView>(), permission: 'user' },
  payForFriend: { input: activitiesInputs.payForFriend, result: returns<PrepayView>(), permission: 'user' },
});

/** Every action's result by name (from the API map). */
export type ActivitiesResults = ResultsOf<typeof activitiesApi>;
