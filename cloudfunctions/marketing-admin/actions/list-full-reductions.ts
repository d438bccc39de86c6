import type { FullReductionView } from '../../../src/contracts/marketing';
import { marketingAdminInputs } from '../../../src/contracts/marketing-inputs';
import type { Page } from '../../../src/contracts/paging';
import { requirePermission } from '../../shared/auth/require-permission';
import { defineAction } from '../../shared/handler/define-action';
import type { FullReductionDoc } from '../../shared/marketing/marketing-docs';
import { toFullReductionView } from '../../shared/marketing/to-marketing-views';
import { readPage } from '../../shared/paging/to-page';
import { COLLECTIONS } from '../../shared/store/collections';
import type { Filter } from '../../shared/store/store';

export const listFullReductions = defineAction(marketingAdminInputs.listFullReductions, async (ctx, input): Promise<Page<FullReductionView>> => {
  await requirePermission(ctx, 'marketing');
  const filter: Filter = input.status ? { status: input.status } : {};
  return readPage(
    input,
    (skip, limit) => ctx.store.find<FullReductionDoc>(COLLECTIONS.fullReductions, filter, { skip, limit, orderBy: [{ field: 'startAt', direction: 'desc' }] }),
    toFullReductionView,
  );
});
