import { distributionAdminApi } from '../../../src/contracts/api/distribution-admin';
import type { ApplicationView } from '../../../src/contracts/distribution-admin';
import type { Page } from '../../../src/contracts/paging';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toApplicationViews } from '../to-admin-views';

/** Applications waiting for review, oldest first (a queue). */
export const listApplications = defineAction(distributionAdminApi.actions.listApplications, async (ctx, input): Promise<Page<ApplicationView>> => {
  const page = await readPage(
    input,
    (skip, limit) =>
      ctx.store.find(
        COLLECTIONS.distributors,
        { status: 'APPLIED' },
        { skip, limit, orderBy: [{ field: 'since', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
      ),
    (d) => d,
  );
  return { items: await toApplicationViews(ctx.store, page.items), nextCursor: page.nextCursor };
});
