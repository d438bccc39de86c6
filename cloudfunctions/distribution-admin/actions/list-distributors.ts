import type { DistributorAdminView } from '../../../src/contracts/distribution-admin';
import { distributionAdminInputs } from '../../../src/contracts/distribution-admin-inputs';
import type { Page } from '../../../src/contracts/paging';
import { requirePermission } from '../../shared/auth/require-permission';
import type { DistributorDoc } from '../../shared/docs';
import { defineAction } from '../../shared/handler/define-action';
import { readPage } from '../../shared/paging/to-page';
import { COLLECTIONS } from '../../shared/store/collections';
import { toDistributorAdminViews } from '../to-admin-views';

/** Distributor records, optionally of one status, newest first. */
export const listDistributors = defineAction(distributionAdminInputs.listDistributors, async (ctx, input): Promise<Page<DistributorAdminView>> => {
  await requirePermission(ctx, 'distribution');
  const page = await readPage(
    input,
    (skip, limit) =>
      ctx.store.find<DistributorDoc>(
        COLLECTIONS.distributors,
        input.status ? { status: input.status } : {},
        { skip, limit, orderBy: [{ field: 'since', direction: 'desc' }, { field: '_id', direction: 'asc' }] },
      ),
    (d) => d,
  );
  return { items: await toDistributorAdminViews(ctx.store, page.items), nextCursor: page.nextCursor };
});
