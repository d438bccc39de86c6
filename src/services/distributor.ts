import { DISTRIBUTOR_FN, type DistributorResults } from '../contracts/distributor';
import { callAction } from './call-function';

export const becomeDistributor = () => callAction<DistributorResults['becomeDistributor']>(DISTRIBUTOR_FN, 'becomeDistributor');

export const getMyPanel = () => callAction<DistributorResults['getMyPanel']>(DISTRIBUTOR_FN, 'getMyPanel');

export const createShareCode = (target: { kind: 'shop' } | { kind: 'product'; productId: string }) =>
  callAction<DistributorResults['createShareCode']>(DISTRIBUTOR_FN, 'createShareCode', { target });
