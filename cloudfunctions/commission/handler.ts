import { createHandler } from '../shared/handler/create-handler';
import { getMyBalance } from './actions/get-my-balance';
import { listMyEntries } from './actions/list-my-entries';

/** 佣金: my balance by state and my ledger entries. */
export const commissionHandler = createHandler('commission', { getMyBalance, listMyEntries });
