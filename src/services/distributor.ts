import {
  DISTRIBUTOR_FN,
  type DistributorApplication,
  type DistributorResults,
  type RankingKind,
  type RankingPeriod,
  type ShareTarget,
  type TeamLevel,
  type UpdateMyShopInput,
  type UploadShopImageInput,
} from '../contracts/distributor';
import { callAction } from './call-function';

export const becomeDistributor = (application?: DistributorApplication) =>
  callAction<DistributorResults['becomeDistributor']>(DISTRIBUTOR_FN, 'becomeDistributor', application ? { application } : {});

export const getMyPanel = () => callAction<DistributorResults['getMyPanel']>(DISTRIBUTOR_FN, 'getMyPanel');

export const createShareCode = (target: ShareTarget) =>
  callAction<DistributorResults['createShareCode']>(DISTRIBUTOR_FN, 'createShareCode', { target });

export const getMyShop = () => callAction<DistributorResults['getMyShop']>(DISTRIBUTOR_FN, 'getMyShop');

export const updateMyShop = (input: UpdateMyShopInput) => callAction<DistributorResults['updateMyShop']>(DISTRIBUTOR_FN, 'updateMyShop', input);

export const uploadShopImage = (input: UploadShopImageInput) =>
  callAction<DistributorResults['uploadShopImage']>(DISTRIBUTOR_FN, 'uploadShopImage', input);

export const setShopProducts = (productIds: string[]) =>
  callAction<DistributorResults['setShopProducts']>(DISTRIBUTOR_FN, 'setShopProducts', { productIds });

export const getShop = (shopId: string) => callAction<DistributorResults['getShop']>(DISTRIBUTOR_FN, 'getShop', { shopId });

export const getMyTeamCounts = () => callAction<DistributorResults['getMyTeamCounts']>(DISTRIBUTOR_FN, 'getMyTeamCounts');

export const listMyTeam = (payload: { level: TeamLevel; cursor?: number; limit?: number }) =>
  callAction<DistributorResults['listMyTeam']>(DISTRIBUTOR_FN, 'listMyTeam', payload);

export const getMyGrade = () => callAction<DistributorResults['getMyGrade']>(DISTRIBUTOR_FN, 'getMyGrade');

export const getRanking = (kind: RankingKind, period: RankingPeriod) => callAction<DistributorResults['getRanking']>(DISTRIBUTOR_FN, 'getRanking', { kind, period });
