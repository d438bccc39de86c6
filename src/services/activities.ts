import { ACTIVITIES_FN, type ActivitiesResults } from '../contracts/activities';
import type { AddressInput } from '../contracts/orders';
import { callAction } from './call-function';

type Buy = { requestId: string; address: AddressInput; remark?: string };
const call = <K extends keyof ActivitiesResults>(action: K, payload: object) => callAction<ActivitiesResults[K]>(ACTIVITIES_FN, action, payload);

export const listActivities = () => call('listActivities', {});
export const getFlashSale = (saleId: string) => call('getFlashSale', { saleId });
export const buyFlashSale = (payload: Buy & { saleId: string; quantity: number }) => call('buyFlashSale', payload);
export const getGroupBuy = (activityId: string) => call('getGroupBuy', { activityId });
export const openGroup = (payload: Buy & { activityId: string }) => call('openGroup', payload);
export const joinGroup = (payload: Buy & { groupId: string }) => call('joinGroup', payload);
export const getGroup = (groupId: string) => call('getGroup', { groupId });
export const getBargainActivity = (activityId: string) => call('getBargainActivity', { activityId });
export const startBargain = (activityId: string) => call('startBargain', { activityId });
export const helpBargain = (bargainId: string) => call('helpBargain', { bargainId });
export const getBargain = (bargainId: string) => call('getBargain', { bargainId });
export const buyBargain = (payload: Buy & { bargainId: string }) => call('buyBargain', payload);
export const createPayRequest = (orderId: string) => call('createPayRequest', { orderId });
export const getPayRequest = (payRequestId: string) => call('getPayRequest', { payRequestId });
export const payForFriend = (payRequestId: string) => call('payForFriend', { payRequestId });
