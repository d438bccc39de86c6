import { createHandler } from '../shared/handler/create-handler';
import { becomeDistributor } from './actions/become-distributor';
import { createShareCode } from './actions/create-share-code';
import { getMyPanel } from './actions/get-my-panel';

/** 分销商: become one, the member-centre panel, share codes for the shop or a product. */
export const distributorHandler = createHandler('distributor', { becomeDistributor, getMyPanel, createShareCode });
