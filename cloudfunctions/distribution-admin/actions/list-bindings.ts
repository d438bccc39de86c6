import { distributionAdminApi } from '../../../src/contracts/api/distribution-admin';
import type { BindingView } from '../../../src/contracts/distribution-admin';
import type { Page } from '../../../src/contracts/paging';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toBindingView } from '../to-admin-views';

/** A user's binding history (every bind and rebind: from, to, source, staff, time), newest first. */
export const listBindings = defineAction(distributionAdminApi.actions.listBindings, async (ctx, input): Promise<Page<BindingView>> => {
  return readPage(
    input,
    (skip, limit) =>
      ctx.store.find(
        COLLECTIONS.bindings,
        { userId: input.userId },
        { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'desc' }] },
      ),
    toBindingView,
  );
});
