import { commissionApi } from '../../../src/contracts/api/commission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toWithdrawalView } from '../../shared/flows/withdrawals/to-withdrawal-view';

/** The caller's own withdrawals, newest first, accounts masked. */
export const listMyWithdrawals = defineAction(commissionApi.actions.listMyWithdrawals, async (ctx, input) =>
  readPage(
    input,
    (skip, limit) =>
      ctx.store.find(
        COLLECTIONS.withdrawals,
        { userId: ctx.openid },
        { skip, limit, orderBy: [{ field: 'requestedAt', direction: 'desc' }] },
      ),
    toWithdrawalView,
  ),
);
