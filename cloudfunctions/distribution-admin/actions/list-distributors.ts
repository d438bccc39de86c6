import { distributionAdminApi } from '../../../src/contracts/api/distribution-admin';
import type { DistributorListItemView } from '../../../src/contracts/distribution-admin';
import type { Page } from '../../../src/contracts/paging';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toDistributorAdminViews } from '../to-admin-views';
import { withTeamAndEarnings } from '../with-team-and-earnings';

/** Distributor records, optionally of one status, newest first, with team size and earnings (withTeamAndEarnings). */
export const listDistributors = defineAction(distributionAdminApi.actions.listDistributors, async (ctx, input): Promise<Page<DistributorListItemView>> => {
  const page = await readPage(
    input,
    (skip, limit) =>
      ctx.store.find(
        COLLECTIONS.distributors,
        input.status ? { status: input.status } : {},
        { skip, limit, orderBy: [{ field: 'since', direction: 'desc' }, { field: '_id', direction: 'asc' }] },
      ),
    (d) => d,
  );
  return { items: await withTeamAndEarnings(ctx.store, await toDistributorAdminViews(ctx.store, page.items)), nextCursor: page.nextCursor };
});
