import { distributorApi } from '../../src/contracts/api/distributor';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { becomeDistributor } from './actions/become-distributor';
import { createShareCode } from './actions/create-share-code';
import { getMyGrade } from './actions/get-my-grade';
import { getMyPanel } from './actions/get-my-panel';
import { getMyShop } from './actions/get-my-shop';
import { getMyTeamCounts } from './actions/get-my-team-counts';
import { getRanking } from './actions/get-ranking';
import { getShop } from './actions/get-shop';
import { listMyTeam } from './actions/list-my-team';
import { setShopProducts } from './actions/set-shop-products';
import { updateMyShop } from './actions/update-my-shop';
import { uploadShopImage } from './actions/upload-shop-image';

/**
 * 分销商: become one, the member-centre panel, share codes for the shop or a product, the distributor's own shop
 * (edit, and the public page anyone may open), their level-1 / level-2 team, their grade card and the weekly / monthly rankings.
 */
export const distributorHandler = createHandler(distributorApi, {
  becomeDistributor,
  getMyPanel,
  createShareCode,
  getMyShop,
  updateMyShop,
  uploadShopImage,
  setShopProducts,
  getShop,
  getMyTeamCounts,
  listMyTeam,
  getMyGrade,
  getRanking,
});
