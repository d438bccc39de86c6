import { DISTRIBUTOR_FN, type DistributorResults, type ShareTarget } from '../contracts/distributor';
import { callAction } from './call-function';

export const becomeDistributor = () => callAction<DistributorResults['becomeDistributor']>(DISTRIBUTOR_FN, 'becomeDistributor');

export const getMyPanel = () => callAction<DistributorResults['getMyPanel']>(DISTRIBUTOR_FN, 'getMyPanel');

export const createShareCode = (target: ShareTarget) =>
  callAction<DistributorResults['createShareCode']>(DISTRIBUTOR_FN, 'createShareCode', { target });
