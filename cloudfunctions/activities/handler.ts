import { activitiesApi } from '../../src/contracts/api/activities';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { buyBargain } from './actions/buy-bargain';
import { buyFlashSale } from './actions/buy-flash-sale';
import { createPayRequest } from './actions/create-pay-request';
import { getBargain } from './actions/get-bargain';
import { getBargainActivity } from './actions/get-bargain-activity';
import { getFlashSale } from './actions/get-flash-sale';
import { getGroup } from './actions/get-group';
import { getGroupBuy } from './actions/get-group-buy';
import { getPayRequest } from './actions/get-pay-request';
import { helpBargain } from './actions/help-bargain';
import { joinGroup } from './actions/join-group';
import { listActivities } from './actions/list-activities';
import { openGroup } from './actions/open-group';
import { payForFriend } from './actions/pay-for-friend';
import { startBargain } from './actions/start-bargain';

/** 营销活动 for customers: 秒杀, 拼团, 砍价 and 找人代付. Identity from the context only. */
export const activitiesHandler = createHandler(activitiesApi, {
  listActivities,
  getFlashSale,
  buyFlashSale,
  getGroupBuy,
  openGroup,
  joinGroup,
  getGroup,
  getBargainActivity,
  startBargain,
  helpBargain,
  getBargain,
  buyBargain,
  createPayRequest,
  getPayRequest,
  payForFriend,
});
