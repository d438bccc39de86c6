import type { FullReductionView } from '../../../src/contracts/marketing';
import { marketingAdminInputs } from '../../../src/contracts/marketing-inputs';
import type { Page } from '../../../src/contracts/paging';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toFullReductionView } from '../../shared/flows/marketing/to-marketing-views';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { Filter } from '../../shared/kernel/store/store';

export const listFullReductions = defineAction(marketingAdminInputs.listFullReductions, async (ctx, input): Promise<Page<FullReductionView>> => {
  await requirePermission(ctx, 'marketing');
  const filter: Filter = input.status ? { status: input.status } : {};
  return readPage(
    input,
    (skip, limit) => ctx.store.find(COLLECTIONS.fullReductions, filter, { skip, limit, orderBy: [{ field: 'startAt', direction: 'desc' }] }),
    toFullReductionView,
  );
});
