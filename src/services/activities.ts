import { ACTIVITIES_FN } from '../contracts/activities';
import { apiClient } from './call-function';
import type { activitiesApi } from '../contracts/api/activities';

const activitiesClient = apiClient<typeof activitiesApi>(ACTIVITIES_FN);

export const listActivities = () => activitiesClient.listActivities();
export const getFlashSale = (saleId: string) => activitiesClient.getFlashSale({ saleId });
export const buyFlashSale = activitiesClient.buyFlashSale;
export const getGroupBuy = (activityId: string) => activitiesClient.getGroupBuy({ activityId });
export const openGroup = activitiesClient.openGroup;
export const joinGroup = activitiesClient.joinGroup;
export const getGroup = (groupId: string) => activitiesClient.getGroup({ groupId });
export const getBargainActivity = (activityId: string) => activitiesClient.getBargainActivity({ activityId });
export const startBargain = (activityId: string) => activitiesClient.startBargain({ activityId });
export const helpBargain = (bargainId: string) => activitiesClient.helpBargain({ bargainId });
export const getBargain = (bargainId: string) => activitiesClient.getBargain({ bargainId });
export const buyBargain = activitiesClient.buyBargain;
export const createPayRequest = (orderId: string) => activitiesClient.createPayRequest({ orderId });
export const getPayRequest = (payRequestId: string) => activitiesClient.getPayRequest({ payRequestId });
export const payForFriend = (payRequestId: string) => activitiesClient.payForFriend({ payRequestId });
