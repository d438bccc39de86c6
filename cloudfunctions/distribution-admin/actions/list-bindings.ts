import type { BindingView } from '../../../src/contracts/distribution-admin';
import { distributionAdminInputs } from '../../../src/contracts/distribution-admin-inputs';
import type { Page } from '../../../src/contracts/paging';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toBindingView } from '../to-admin-views';

/** A user's binding history (every bind and rebind: from, to, source, staff, time), newest first. */
export const listBindings = defineAction(distributionAdminInputs.listBindings, async (ctx, input): Promise<Page<BindingView>> => {
  await requirePermission(ctx, 'distribution');
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
