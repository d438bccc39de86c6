import { financeApi } from '../../../src/contracts/api/finance';
import type { FinanceWithdrawalView } from '../../../src/contracts/finance';
import type { Page } from '../../../src/contracts/paging';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toFinanceWithdrawalViews } from '../to-finance-withdrawal-views';

/** Withdrawals for review, newest first, optionally one status (e.g. REQUESTED: the queue to approve). */
export const listWithdrawals = defineAction(financeApi.actions.listWithdrawals, async (ctx, input): Promise<Page<FinanceWithdrawalView>> => {
  const page = await readPage(
    input,
    (skip, limit) =>
      ctx.store.find(COLLECTIONS.withdrawals, input.status ? { status: input.status } : {}, {
        skip,
        limit,
        orderBy: [{ field: 'requestedAt', direction: 'desc' }],
      }),
    (w) => w,
  );
  return { items: await toFinanceWithdrawalViews(ctx.store, page.items), nextCursor: page.nextCursor };
});
