import { COMMISSION_FN, type CommissionResults } from '../contracts/commission';
import { callAction } from './call-function';

export const getMyBalance = () => callAction<CommissionResults['getMyBalance']>(COMMISSION_FN, 'getMyBalance');

export const listMyEntries = (payload: { cursor?: number; limit?: number } = {}) =>
  callAction<CommissionResults['listMyEntries']>(COMMISSION_FN, 'listMyEntries', payload);
