import {
  DISTRIBUTOR_FN,
  type DistributorApplication,
  type RankingKind,
  type RankingPeriod,
  type ShareTarget,
} from '../contracts/distributor';
import { apiClient } from './call-function';
import type { distributorApi } from '../contracts/api/distributor';

const distributorClient = apiClient<typeof distributorApi>(DISTRIBUTOR_FN);

export const becomeDistributor = (application?: DistributorApplication) =>
  distributorClient.becomeDistributor(application ? { application } : {});

export const getMyPanel = () => distributorClient.getMyPanel();

export const createShareCode = (target: ShareTarget) =>
  distributorClient.createShareCode({ target });

export const getMyShop = () => distributorClient.getMyShop();

export const updateMyShop = distributorClient.updateMyShop;

export const uploadShopImage = distributorClient.uploadShopImage;

export const setShopProducts = (productIds: string[]) =>
  distributorClient.setShopProducts({ productIds });

export const getShop = (shopId: string) => distributorClient.getShop({ shopId });

export const getMyTeamCounts = () => distributorClient.getMyTeamCounts();

export const listMyTeam = distributorClient.listMyTeam;

export const getMyGrade = () => distributorClient.getMyGrade();

export const getRanking = (kind: RankingKind, period: RankingPeriod) => distributorClient.getRanking({ kind, period });
