import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import type { FullReductionView } from '../../../src/contracts/marketing';
import type { Page } from '../../../src/contracts/paging';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toFullReductionView } from '../../shared/flows/marketing/to-marketing-views';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { Filter } from '../../shared/kernel/store/store';

export const listFullReductions = defineAction(marketingAdminApi.actions.listFullReductions, async (ctx, input): Promise<Page<FullReductionView>> => {
  const filter: Filter = input.status ? { status: input.status } : {};
  return readPage(
    input,
    (skip, limit) => ctx.store.find(COLLECTIONS.fullReductions, filter, { skip, limit, orderBy: [{ field: 'startAt', direction: 'desc' }] }),
    toFullReductionView,
  );
});
