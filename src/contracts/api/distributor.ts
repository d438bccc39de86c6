import { defineApi, returns, type ResultsOf } from './define-api';
import { distributorInputs } from '../distributor-inputs';
import { DISTRIBUTOR_FN, type DistributorPanel, type DistributorView, type GradeCard, type MyShopView, type Ranking, type ShareCode, type ShopView, type TeamCounts, type TeamMemberView } from '../distributor';
import type { Page } from '../paging';

/** The distributor function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const distributorApi = defineApi(DISTRIBUTOR_FN, {
  becomeDistributor: { input: distributorInputs.becomeDistributor, result: returns<DistributorView>(), permission: 'user' },
  getMyPanel: { input: distributorInputs.getMyPanel, result: returns<DistributorPanel>(), permission: 'user' },
  createShareCode: { input: distributorInputs.createShareCode, result: returns<ShareCode>(), permission: 'user' },
  getMyShop: { input: distributorInputs.getMyShop, result: returns<MyShopView>(), permission: 'user' },
  updateMyShop: { input: distributorInputs.updateMyShop, result: returns<MyShopView>(), permission: 'user' },
  uploadShopImage: { input: distributorInputs.uploadShopImage, result: returns<MyShopView>(), permission: 'user' },
  setShopProducts: { input: distributorInputs.setShopProducts, result: returns<MyShopView>(), permission: 'user' },
  getShop: { input: distributorInputs.getShop, result: returns<ShopView>(), permission: 'user' },
  getMyTeamCounts: { input: distributorInputs.getMyTeamCounts, result: returns<TeamCounts>(), permission: 'user' },
  listMyTeam: { input: distributorInputs.listMyTeam, result: returns<Page<TeamMemberView>>(), permission: 'user' },
  getMyGrade: { input: distributorInputs.getMyGrade, result: returns<GradeCard>(), permission: 'user' },
  getRanking: { input: distributorInputs.getRanking, result: returns<Ranking>(), permission: 'user' },
});

/** Every action's result by name (from the API map). */
export type DistributorResults = ResultsOf<typeof distributorApi>;
